// A full shipments sync of 10,000 shipments (FBR and FBB) from the bol
// simulator, with bol's rate limits sped up by BENCH_SPEED_UP (the app's limits
// are scaled the same way). Runs it twice: one Bazaar process on in-memory
// infrastructure, then two processes (shared + worker) sharing Redis. Prints
// the wall time of the run against the least time bol's limits allow, the
// requests made, the 429s received and the peak memory of the processes.
//
// BENCH_SHIPMENTS (10000), BENCH_SPEED_UP (100), BENCH_MODES ("one,two"),
// BENCH_REDIS_URL (redis://127.0.0.1:6379/14: a database of its own, so that
// Medusa's queues there mix with no one's; only this run's bol keys are
// deleted afterwards), BENCH_TRACE=<file> (requests and RSS over time).
require("ts-node").register({ transpileOnly: true })
const Redis = require("ioredis")
const { startBolSimulator } = require("../../tools/bol-simulator")
const { startCluster } = require("./cluster")
const { syncFloor } = require("./floor")
const { cpuSeconds, currentRssMb, peakRssMb } = require("./proc")

const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 10000)
const SPEED_UP = Number(process.env.BENCH_SPEED_UP ?? 100)
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/14"
const MODES = (process.env.BENCH_MODES ?? "one,two").split(",")
const PER_METHOD = { FBR: Math.ceil(SHIPMENTS / 2), FBB: Math.floor(SHIPMENTS / 2) }
const GOAL_RATIO = 1.1

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

async function runMode({ label, workerModes, redisUrl }) {
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
      account: { clientId: sim.clients[0].clientId, clientSecret: sim.clients[0].clientSecret, apiUrl: sim.url, tokenUrl: sim.tokenUrl },
    })
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
    const memory = cluster.processes.map(({ mode, child }, i) => ({
      mode,
      ...peakRssMb(child.pid),
      cpu: cpuSeconds(child.pid) - cpuBefore[i],
    }))
    const wallMs = new Date(run.finished_at).getTime() - new Date(run.started_at).getTime()
    return {
      label,
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

function report(results) {
  const { floorMs, needed } = results[0]
  console.log(
    `\nbol-sync: ${SHIPMENTS} shipments (${PER_METHOD.FBR} FBR + ${PER_METHOD.FBB} FBB), bol's limits at speed-up ${SPEED_UP}`
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
      `    requests ${r.requests} (list ${r.list}, detail ${r.detail}, token ${r.tokens}); 429s received ${r.rateLimited}; ` +
        `rate-limit violations ${r.violations}`
    )
    console.log(`    peak RSS (VmHWM): ${rss}`)
    console.log(`    CPU during the sync: ${r.memory.map((m) => `${m.mode} ${m.cpu.toFixed(1)} s`).join(", ")}`)
  }
}

module.exports = async function bolSyncBench() {
  const results = []
  if (MODES.includes("one")) {
    results.push(await runMode({ label: "1 process (shared worker mode, in-memory event bus and limiter)", workerModes: ["shared"] }))
  }
  if (MODES.includes("two")) {
    results.push(
      await runMode({ label: "2 processes (shared + worker) sharing Redis", workerModes: ["shared", "worker"], redisUrl: REDIS_URL })
    )
  }
  report(results)
}
