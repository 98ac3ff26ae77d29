// A full shipments sync of 10,000 shipments (FBR and FBB) from the bol
// simulator, with bol's rate limits sped up by BENCH_SPEED_UP (the app's limits
// are scaled the same way). Runs it twice: one Bazaar process on in-memory
// infrastructure, then two processes (shared + worker) sharing Redis. Prints
// the wall time of the run against the least time bol's limits allow, the
// requests made, the 429s received, and the memory of each process: resident
// when booted and idle, at its peak during the sync, and the growth between
// the two (the sync's own cost, against a goal).
//
// Idle memory: the account is created syncing nothing, the app is booted and
// left to run its 2-second schedule for BENCH_IDLE_MS (20 s, so that it is
// warm; V8 may still hold some of the boot's garbage then, as it would in
// production: no GC is forced, the app runs unmodified), then each process's
// VmRSS is read and its VmHWM is reset to that value (/proc/<pid>/clear_refs)
// just before the account is told to sync shipments. So "peak" is the peak
// during the sync, not the boot's (which is printed apart), and growth =
// peak - idle is what the sync itself added on top of the same idle app.
//
// BENCH_SHIPMENTS (10000; a comma list, e.g. "10000,50000", runs each size and
// compares the growth), BENCH_SPEED_UP (100), BENCH_MODES ("one,two"),
// BENCH_IDLE_MS (20000), BENCH_REDIS_URL (redis://127.0.0.1:6379/14: a
// database of its own, so that Medusa's queues there mix with no one's; only
// this run's bol keys are deleted afterwards), BENCH_TRACE=<file> (requests
// and RSS over time), BENCH_APP_NODE_OPTIONS (Node options of the app
// processes only, e.g. "--heapsnapshot-signal=SIGUSR2").
require("ts-node").register({ transpileOnly: true })
const Redis = require("ioredis")
const { startBolSimulator } = require("../../tools/bol-simulator")
const { startCluster } = require("./cluster")
const { syncFloor } = require("./floor")
const { cpuSeconds, currentRssMb, peakRssMb, processRssMb, resetPeakRss } = require("./proc")

const SIZES = String(process.env.BENCH_SHIPMENTS ?? 10000).split(",").map(Number)
const SPEED_UP = Number(process.env.BENCH_SPEED_UP ?? 100)
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/14"
const MODES = (process.env.BENCH_MODES ?? "one,two").split(",")
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 20000)
const GOAL_RATIO = 1.03
/** Peak RSS growth over the idle app, per process, whatever the number of shipments. */
const GOAL_GROWTH_MB = 150
/** A larger sync may use this much more than a smaller one and still count as flat (run-to-run noise). */
const FLAT_TOLERANCE_MB = 20

const perMethod = (shipments) => ({ FBR: Math.ceil(shipments / 2), FBB: Math.floor(shipments / 2) })

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function poll(what, timeoutMs, intervalMs, probe) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(intervalMs)
  }
}

/** Deletes the keys under this run's prefix (rate-limit budgets, tokens, wake queue). */
async function deleteKeys(redisUrl, prefix) {
  const redis = new Redis(redisUrl)
  for (const pattern of [`${prefix}*`, `b_${prefix}*`]) {
    let cursor = "0"
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000)
      cursor = next
      if (keys.length) await redis.del(...keys)
    } while (cursor !== "0")
  }
  await redis.quit()
}

async function runMode({ label, workerModes, redisUrl, shipments }) {
  const PER_METHOD = perMethod(shipments)
  // BENCH_TRACE=file: one line per request ("ms-since-start METHOD path -> status"), for looking into the pace.
  const trace = process.env.BENCH_TRACE ? [] : undefined
  const sim = await startBolSimulator({
    speedUp: SPEED_UP,
    seed: { shipments: PER_METHOD, orders: 0, returns: 0 },
    log: trace && ((line) => trace.push(`${Date.now()} ${line}`)),
  })
  const prefix = `bench:bol-sync:${process.pid}:${Date.now()}`
  const { floorMs, requests: needed } = syncFloor(PER_METHOD, SPEED_UP)
  let cluster
  try {
    cluster = await startCluster({
      database: "bazaar_bench_bol_sync",
      workerModes,
      extraEnv: {
        BAZAAR_BOL_RATE_LIMIT_SCALE: String(SPEED_UP),
        BAZAAR_BOL_REDIS_PREFIX: prefix,
        // The scheduled job starts the sync (every 2 s, so the first tick comes soon after boot).
        BAZAAR_BOL_SYNC_SCHEDULE: "2000",
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      },
      account: {
        clientId: sim.clients[0].clientId,
        clientSecret: sim.clients[0].clientSecret,
        apiUrl: sim.url,
        tokenUrl: sim.tokenUrl,
        resources: [], // idle until measured
      },
    })
    // The same app, booted and idle: the schedule ticks, nothing to sync.
    await sleep(IDLE_MS)
    const idle = cluster.processes.map(({ child }) => {
      const { rss, hwm } = processRssMb(child.pid)
      return { rss, boot: hwm, reset: resetPeakRss(child.pid) }
    })
    await cluster.query(`update bol_account set resources = '["shipments"]'::jsonb`)
    const [started] = await poll("the scheduled sync to start", 60000, 50, () =>
      cluster.query(`select id from bol_sync_run`).then((rows) => rows.length && rows)
    )
    // One run is measured: later ticks find nothing to sync.
    await cluster.query(`update bol_account set resources = '[]'::jsonb`)
    const cpuBefore = cluster.processes.map(({ child }) => cpuSeconds(child.pid))
    const rssSampler =
      trace &&
      setInterval(() => {
        for (const { mode, child } of cluster.processes) trace.push(`${Date.now()} RSS ${mode} ${currentRssMb(child.pid).toFixed(0)}`)
      }, 2000)
    const run = await poll("the sync to finish", floorMs * 3 + 300000, 100, () =>
      cluster.query(`select * from bol_sync_run where id = $1 and status <> 'running'`, [started.id]).then((rows) => rows[0])
    )
    if (rssSampler) clearInterval(rssSampler)
    const stats = JSON.parse(JSON.stringify(sim.stats))
    const [{ count: complete }] = await cluster.query(`select count(*) from bol_shipment where detail_synced_at is not null`)
    const memory = cluster.processes.map(({ mode, child }, i) => {
      const { hwm } = processRssMb(child.pid)
      const group = peakRssMb(child.pid)
      if (group.processes > 1) console.warn(`bol-sync: ${mode} runs ${group.processes} processes; only the main one is measured`)
      return {
        mode,
        // The peak over the process's whole life (boot included), as before the reset.
        largest: Math.max(hwm, idle[i].boot),
        idle: idle[i].rss,
        boot: idle[i].boot,
        // Without the reset, VmHWM may still be the boot's peak: then it is only an upper bound.
        peak: idle[i].reset ? hwm : Math.max(hwm, idle[i].rss),
        peakIsSync: idle[i].reset,
        cpu: cpuSeconds(child.pid) - cpuBefore[i],
      }
    })
    const wallMs = new Date(run.finished_at).getTime() - new Date(run.started_at).getTime()
    return {
      label,
      shipments,
      perMethod: PER_METHOD,
      status: run.status,
      errors: run.errors,
      complete: Number(complete),
      wallMs,
      floorMs,
      needed,
      requests: stats.requests,
      list: stats.byEndpoint["GET /retailer/shipments"] ?? 0,
      detail: stats.byEndpoint["GET /retailer/shipments/{shipment-id}"] ?? 0,
      tokens: stats.tokenRequests,
      rateLimited: stats.byStatus["429"] ?? 0,
      violations: stats.rateLimitViolations,
      memory,
    }
  } finally {
    if (trace) require("fs").writeFileSync(`${process.env.BENCH_TRACE}.${workerModes.length}`, trace.join("\n"))
    await cluster?.stop()
    await sim.close()
    if (redisUrl) await deleteKeys(redisUrl, prefix)
  }
}

function reportSize(results) {
  const { floorMs, needed, shipments, perMethod: PER_METHOD } = results[0]
  console.log(
    `\nbol-sync: ${shipments} shipments (${PER_METHOD.FBR} FBR + ${PER_METHOD.FBB} FBB), bol's limits at speed-up ${SPEED_UP}`
  )
  console.log(
    `  needed: ${needed.list} list pages (25/min) + ${needed.detail} details (50/min); floor ${(floorMs / 1000).toFixed(1)} s ` +
      `(= ${((floorMs * SPEED_UP) / 60000).toFixed(0)} min at bol's real speed)`
  )
  for (const r of results) {
    const ratio = r.wallMs / r.floorMs
    const rss = r.memory.map((m) => `${m.mode} ${m.largest.toFixed(0)} MB`).join(", ")
    console.log(`\n  ${r.label}`)
    console.log(`    run ${r.status}; ${r.complete} shipments stored with detail${r.errors.length ? `; errors: ${JSON.stringify(r.errors).slice(0, 300)}` : ""}`)
    console.log(
      `    wall ${(r.wallMs / 1000).toFixed(1)} s vs floor ${(r.floorMs / 1000).toFixed(1)} s: ratio ${ratio.toFixed(3)} ` +
        `(goal <= ${GOAL_RATIO.toFixed(2)}: ${ratio <= GOAL_RATIO ? "met" : "NOT met"})`
    )
    console.log(
      `    requests ${r.requests} (list ${r.list}, detail ${r.detail}, token ${r.tokens}); 429s received ${r.rateLimited}` +
        ` (goal 0: ${r.rateLimited === 0 ? "met" : "NOT met"}); rate-limit violations ${r.violations}`
    )
    console.log(`    peak RSS (VmHWM): ${rss}`)
    for (const m of r.memory) {
      const growth = m.peak - m.idle
      console.log(
        `    memory ${m.mode}: idle ${m.idle.toFixed(0)} MB (boot peak ${m.boot.toFixed(0)} MB), ` +
          `peak during the sync ${m.peak.toFixed(0)} MB${m.peakIsSync ? "" : " (VmHWM could not be reset: includes the boot)"}, ` +
          `growth ${growth.toFixed(0)} MB (goal <= ${GOAL_GROWTH_MB} MB: ${growth <= GOAL_GROWTH_MB ? "met" : "NOT met"})`
      )
    }
    console.log(`    CPU during the sync: ${r.memory.map((m) => `${m.mode} ${m.cpu.toFixed(1)} s`).join(", ")}`)
  }
}

/** With several sizes: the growth of the largest sync against the smallest's, per mode and process (flat, not linear). */
function reportFlatness(results) {
  const sizes = [...new Set(results.map((r) => r.shipments))].sort((a, b) => a - b)
  if (sizes.length < 2) return
  const [small, large] = [sizes[0], sizes[sizes.length - 1]]
  console.log(`\n  growth at ${large} against ${small} shipments (goal: no more, within ${FLAT_TOLERANCE_MB} MB of noise)`)
  for (const label of new Set(results.map((r) => r.label))) {
    const a = results.find((r) => r.label === label && r.shipments === small)
    const b = results.find((r) => r.label === label && r.shipments === large)
    if (!a || !b) continue
    for (const [i, m] of b.memory.entries()) {
      const before = a.memory[i].peak - a.memory[i].idle
      const after = m.peak - m.idle
      const flat = after <= before + FLAT_TOLERANCE_MB
      console.log(`    ${label}, ${m.mode}: ${after.toFixed(0)} MB vs ${before.toFixed(0)} MB: ${flat ? "met" : "NOT met"}`)
    }
  }
}

module.exports = async function bolSyncBench() {
  const results = []
  for (const shipments of SIZES) {
    if (MODES.includes("one")) {
      results.push(
        await runMode({ label: "1 process (shared worker mode, in-memory event bus and limiter)", workerModes: ["shared"], shipments })
      )
    }
    if (MODES.includes("two")) {
      results.push(
        await runMode({
          label: "2 processes (shared + worker) sharing Redis",
          workerModes: ["shared", "worker"],
          redisUrl: REDIS_URL,
          shipments,
        })
      )
    }
  }
  for (const shipments of SIZES) reportSize(results.filter((r) => r.shipments === shipments))
  reportFlatness(results)
}
