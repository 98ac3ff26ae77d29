// The storefront under test, as it is deployed: built by `npm run
// storefront:build` (the app into storefront/dist, its server into
// storefront/dist-server/cli.js) unless both are newer than every source file,
// then its server started as `npm run storefront:start` runs it, in its own
// process.
const { spawn } = require("child_process")
const { existsSync, readdirSync, statSync } = require("fs")
const { join, resolve } = require("path")
const { waitForHttp } = require("../../scripts/lib/wait-for-http")

const ROOT = resolve(__dirname, "..", "..")
const STOREFRONT = join(ROOT, "storefront")
const BUILT = [join(STOREFRONT, "dist", "index.html"), join(STOREFRONT, "dist-server", "cli.js")]
const NOT_SOURCES = new Set(["dist", "dist-server", "node_modules", "__tests__"])

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function buildIsFresh() {
  if (!BUILT.every((file) => existsSync(file))) return false
  const sources = newestMtime(STOREFRONT)
  return BUILT.every((file) => statSync(file).mtimeMs >= sources)
}

/** Runs `npm <args>` in the repository; rejects with the tail of its output when it fails. */
function runNpm(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("npm", args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.once("error", reject)
    child.once("exit", (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`npm ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))
    )
  })
}

/** Builds the storefront when its build is missing or older than a source file; answers what it did. */
async function ensureStorefrontBuilt() {
  if (!existsSync(STOREFRONT)) throw new Error(`No storefront at ${STOREFRONT}`)
  if (buildIsFresh()) return "storefront build is up to date, not rebuilt"
  const startedAt = Date.now()
  await runNpm(["run", "storefront:build"])
  return `built the storefront (npm run storefront:build) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`
}

/** Starts the storefront's server on `port` against the app (`publishableKey`: the marketplace's); answers { url, stop }. */
async function startStorefront({ port, backendUrl, publishableKey }) {
  const child = spawn(process.execPath, [BUILT[1]], {
    cwd: ROOT,
    env: {
      ...process.env,
      BAZAAR_STOREFRONT_PORT: String(port),
      MEDUSA_BACKEND_URL: backendUrl,
      BAZAAR_STOREFRONT_PUBLISHABLE_KEY: publishableKey,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const exited = new Promise((resolvePromise) => child.once("exit", resolvePromise))
  const url = `http://localhost:${port}`
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGINT")
    await exited
  }
  try {
    await Promise.race([
      waitForHttp(`${url}/`, { timeoutMs: 30000 }),
      exited.then((code) => {
        throw new Error(`the storefront server exited (${code}) before it answered:\n${output.slice(-2000)}`)
      }),
    ])
  } catch (error) {
    await stop()
    throw error
  }
  return {
    url,
    /** What the server printed (it logs pages served without their link preview). */
    output: () => output,
    stop,
  }
}

module.exports = { ensureStorefrontBuilt, startStorefront }
