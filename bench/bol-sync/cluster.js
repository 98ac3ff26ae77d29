// Boots Bazaar for the bol sync benchmark: a fresh database, migrations, the
// benchmark's bol.com account (created through the module, so its secret is
// encrypted), then one `medusa start` per worker mode asked for.
const { Client } = require("pg")
const { ensureTestDatabase } = require("../../scripts/lib/test-database")
const { freePort } = require("../../scripts/lib/free-port")
const { waitForHttp } = require("../../scripts/lib/wait-for-http")
const { productionBenchEnv } = require("../lib/production-env")
const { runMedusa, startMedusa, signalGroup, serverV8Flags } = require("../../scripts/lib/medusa-cli")

function connection(env, database) {
  return {
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD,
    database,
  }
}

async function emptyDatabase(env, name) {
  const admin = new Client(connection(env, "postgres"))
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const { user, password, host, port } = connection(env, name)
  return `postgres://${password ? `${user}:${encodeURIComponent(password)}` : user}@${host}:${port}/${name}`
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  const exited = new Promise((resolve) => child.once("exit", resolve))
  signalGroup(child, "SIGINT")
  const kill = setTimeout(() => signalGroup(child, "SIGKILL"), 20000)
  return exited.finally(() => clearTimeout(kill))
}

/**
 * Starts the processes (e.g. ["shared"] or ["shared", "worker"]) on one new
 * database. `account` names the simulator client the account connects with,
 * and the resources it syncs (default shipments; none keeps the app idle).
 */
async function startCluster({ database, workerModes, extraEnv, account }) {
  const env = productionBenchEnv(extraEnv)
  const testDatabase = await ensureTestDatabase(env)
  env.DATABASE_URL = await emptyDatabase(env, database)
  await runMedusa(["db:migrate"], { env })
  await runMedusa(["exec", "bench/bol-sync/create-account.ts"], {
    env: {
      ...env,
      BENCH_BOL_CLIENT_ID: account.clientId,
      BENCH_BOL_CLIENT_SECRET: account.clientSecret,
      BENCH_BOL_API_URL: account.apiUrl,
      BENCH_BOL_TOKEN_URL: account.tokenUrl,
      BENCH_BOL_RESOURCES: (account.resources ?? ["shipments"]).join(","),
    },
  })

  const processes = []
  try {
    for (const mode of workerModes) {
      const port = await freePort()
      // BENCH_APP_NODE_OPTIONS: Node options for the `medusa start` processes only (not for the
      // migrations or the benchmark itself), e.g. "--heapsnapshot-signal=SIGUSR2" to look into memory.
      const nodeOptions = process.env.BENCH_APP_NODE_OPTIONS
      const child = startMedusa(["start", "--port", String(port)], {
        env: { ...env, MEDUSA_WORKER_MODE: mode, ...(nodeOptions ? { NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} ${nodeOptions}`.trim() } : {}) },
        // V8 flags as `npm start` gives them (BAZAAR_SERVER_V8_FLAGS; "" for V8's defaults)
        v8Flags: serverV8Flags(env),
      })
      processes.push({ mode, child })
      const exitedEarly = new Promise((_, reject) =>
        child.once("exit", (code) => reject(new Error(`medusa start (${mode}) exited (${code}) before /health answered`)))
      )
      await Promise.race([waitForHttp(`http://localhost:${port}/health`), exitedEarly])
      exitedEarly.catch(() => undefined)
    }
  } catch (error) {
    await Promise.all(processes.map(({ child }) => stopProcess(child)))
    await testDatabase.stop()
    throw error
  }

  const db = new Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  return {
    env,
    processes,
    query: async (sql, params) => (await db.query(sql, params)).rows,
    stop: async () => {
      await db.end()
      await Promise.all(processes.map(({ child }) => stopProcess(child)))
      await testDatabase.stop()
    },
  }
}

module.exports = { startCluster }
