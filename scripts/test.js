#!/usr/bin/env node
// `npm test`: type-check, lint, then every jest phase (unit, module, HTTP,
// plugin install, browser) against one PostgreSQL: DB_HOST/… when set,
// otherwise an embedded one. Runs all phases, prints their timings, and
// exits non-zero if any failed. `npm test -- unit http` runs only those.
const { spawn } = require("child_process")
const { existsSync, mkdirSync, readFileSync, rmSync } = require("fs")
const { resolve } = require("path")
const { ensureTestDatabase } = require("./lib/test-database")
const { ROOT } = require("./lib/medusa-cli")

const bin = (name) => resolve(ROOT, "node_modules", ".bin", name)
const RESULTS_DIR = resolve(ROOT, ".test-artifacts", "jest-results")

// `workers` > 1 runs spec files side by side, each booting its own app on its
// own database (test-utils names it after JEST_WORKER_ID) and port.
const jestPhase = (name, testType, workers = 1) => ({
  name,
  command: bin("jest"),
  args: [
    workers > 1 ? `--maxWorkers=${workers}` : "--runInBand",
    "--forceExit",
    "--ci",
    "--json",
    `--outputFile=${resolve(RESULTS_DIR, `${name}.json`)}`,
  ],
  env: { TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" },
  resultsFile: resolve(RESULTS_DIR, `${name}.json`),
})

function readTestCounts(phase) {
  if (!phase.resultsFile || !existsSync(phase.resultsFile)) {
    return null
  }
  const report = JSON.parse(readFileSync(phase.resultsFile, "utf8"))
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    failures: listFailures(report),
  }
}

// Each failed test (or suite that failed before its tests ran) with the
// start of its message, so that the end of the output says what broke.
function listFailures(report) {
  const head = (text) => String(text).split("\n").slice(0, 12).join("\n")
  const failures = []
  for (const suite of report.testResults ?? []) {
    const file = suite.name.replace(`${ROOT}/`, "")
    const failedTests = (suite.assertionResults ?? []).filter(
      (test) => test.status === "failed"
    )
    for (const test of failedTests) {
      failures.push(`${file} › ${test.fullName}\n${head(test.failureMessages.join("\n"))}`)
    }
    if (!failedTests.length && suite.status === "failed") {
      failures.push(`${file}\n${head(suite.message)}`)
    }
  }
  return failures
}

// `npm test` must stay within 15 minutes on an idle machine of CI's kind (2 cores).
const BUDGET_SECONDS = 15 * 60

const phase = {
  typecheck: { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  typecheckAdmin: {
    name: "typecheck-admin",
    command: bin("tsc"),
    args: ["--noEmit", "-p", "src/admin/tsconfig.json"],
  },
  typecheckStorefront: {
    name: "typecheck-storefront",
    command: bin("tsc"),
    args: ["--noEmit", "-p", "storefront/tsconfig.json"],
  },
  lint: { name: "lint", command: bin("medusa"), args: ["lint"] },
  unit: jestPhase("unit", "unit"),
  modules: jestPhase("modules", "integration:modules"),
  // The HTTP specs spend much of their time waiting on PostgreSQL and the app's
  // own timers: two at a time use both cores.
  http: jestPhase("http", "integration:http", 2),
  pluginInstall: jestPhase("plugin-install", "plugin-install"),
  browser: jestPhase("browser", "browser"),
}

// Stages run one after another; the lanes of a stage run side by side (each
// lane's phases in order). Lanes share nothing: the static checks and the
// module specs only read the sources while unit tests run, and the plugin
// install (a stock shop in a temp folder, its own database and port) runs
// beside the zero-config start of the browser test (its own embedded
// PostgreSQL and port). A run that picks phases runs them one by one.
const STAGES = [
  [[phase.typecheck, phase.typecheckAdmin, phase.typecheckStorefront, phase.lint, phase.modules], [phase.unit]],
  [[phase.http]],
  [[phase.pluginInstall], [phase.browser]],
]
const PHASES = STAGES.flat(2)

// Output of a phase that runs beside another, line by line with its name in front.
function prefixLines(stream, name, out) {
  let pending = ""
  stream.on("data", (chunk) => {
    const lines = (pending + chunk.toString()).split("\n")
    pending = lines.pop()
    for (const line of lines) out.write(`[${name}] ${line}\n`)
  })
  stream.on("end", () => pending && out.write(`[${name}] ${pending}\n`))
}

function run(phase, env, { prefixed = false } = {}) {
  return new Promise((resolvePhase) => {
    const startedAt = Date.now()
    console.log(`\n=== ${phase.name} ===`)
    const child = spawn(phase.command, phase.args, {
      cwd: ROOT,
      env: { ...env, ...phase.env },
      stdio: prefixed ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    if (prefixed) {
      prefixLines(child.stdout, phase.name, process.stdout)
      prefixLines(child.stderr, phase.name, process.stderr)
    }
    child.on("exit", (code, signal) =>
      resolvePhase({
        name: phase.name,
        passed: code === 0,
        detail: signal ?? `exit ${code}`,
        seconds: (Date.now() - startedAt) / 1000,
        tests: readTestCounts(phase),
      })
    )
  })
}

async function runLane(lane, env, prefixed) {
  const results = []
  for (const phase of lane) {
    results.push(await run(phase, env, { prefixed }))
  }
  return results
}

async function runStages(stages, env) {
  const results = []
  for (const lanes of stages) {
    const prefixed = lanes.length > 1
    const laneResults = await Promise.all(lanes.map((lane) => runLane(lane, env, prefixed)))
    results.push(...laneResults.flat())
  }
  // in the order the phases are listed, whatever order they finished in
  return PHASES.flatMap((phase) => results.filter((result) => result.name === phase.name))
}

async function main() {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !PHASES.some((p) => p.name === name))
  if (unknown.length) {
    console.error(`Unknown phase(s): ${unknown.join(", ")}. Phases: ${PHASES.map((p) => p.name).join(", ")}`)
    process.exit(2)
  }
  const phases = wanted.length
    ? PHASES.filter((phase) => wanted.includes(phase.name))
    : PHASES

  rmSync(RESULTS_DIR, { recursive: true, force: true })
  mkdirSync(RESULTS_DIR, { recursive: true })
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  const startedAt = Date.now()
  const database = await ensureTestDatabase(env)
  console.log(
    `PostgreSQL for tests: ${env.DB_HOST}:${env.DB_PORT}` +
      (database.embedded ? " (embedded)" : "")
  )
  let results = []
  try {
    const stages = wanted.length ? phases.map((phase) => [[phase]]) : STAGES
    results = await runStages(stages, env)
  } finally {
    await database.stop().catch((error) => console.error(`stopping the test database: ${error}`))
  }

  console.log("\n=== phase timings ===")
  for (const result of results) {
    const tests = result.tests
      ? `  (${result.tests.passed} tests passed, ${result.tests.failed} failed)`
      : ""
    console.log(
      `${result.name.padEnd(16)} ${result.seconds.toFixed(1).padStart(7)} s  ` +
        (result.passed ? "ok" : `FAILED (${result.detail})`) +
        tests
    )
  }
  const total = (Date.now() - startedAt) / 1000
  // The budget of a full run on an idle 2-core machine; a run that only picks phases has none.
  const budget = phases.length === PHASES.length ? ` of the ${BUDGET_SECONDS} s budget (${Math.round((100 * total) / BUDGET_SECONDS)} %)` : ""
  console.log(`${"total".padEnd(16)} ${total.toFixed(1).padStart(7)} s${budget}`)
  const failedPhases = results.filter((result) => !result.passed)
  const sum = (key) =>
    results.reduce((count, result) => count + (result.tests?.[key] ?? 0), 0)
  const failures = results.flatMap((result) => result.tests?.failures ?? [])
  if (failures.length) {
    console.log("\n=== failures ===")
    failures.forEach((failure) => console.log(`\n✕ ${failure}`))
  }
  if (failedPhases.length && database.embedded) {
    console.log("\n=== embedded PostgreSQL log (last lines) ===")
    console.log(database.logTail().join("\n"))
  }
  if (failedPhases.length) {
    console.log(`failed phases: ${failedPhases.map((r) => r.name).join(", ")}`)
  }
  // The one closing line CI reads: the jest tests of every phase.
  console.log(`tests: ${sum("passed")} passed, ${sum("failed")} failed`)
  process.exit(failedPhases.length ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
