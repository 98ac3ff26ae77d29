// Boots Bazaar for a benchmark: a fresh database on the test PostgreSQL
// (DB_HOST/… or an embedded one), migrations, an admin, `medusa start` from
// the sources without the admin UI, and a publishable key.
const { productionBenchEnv } = require("./production-env")
const { Client } = require("pg")
const { ensureTestDatabase } = require("../../scripts/lib/test-database")
const { freePort } = require("../../scripts/lib/free-port")
const { waitForHttp } = require("../../scripts/lib/wait-for-http")
const { runMedusa, startMedusa, signalGroup, serverV8Flags } = require("../../scripts/lib/medusa-cli")

const ADMIN = { email: "bench@bazaar.local", password: "bench-password" }

async function recreateDatabase(env, name) {
  const client = new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await client.query(`CREATE DATABASE "${name}"`)
  await client.end()
  const auth = env.DB_PASSWORD ? `${env.DB_USERNAME}:${env.DB_PASSWORD}` : env.DB_USERNAME
  return `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT || 5432}/${name}`
}

async function startBenchApp({ database = "bazaar_bench", extraEnv = {} } = {}) {
  const env = productionBenchEnv({
    // benchmarks log in with test numbers only, so Twilio is never called
    BAZAAR_OTP_ALLOW_TEST_NUMBERS: "true",
    ...extraEnv,
  })
  const testDatabase = await ensureTestDatabase(env)
  env.DATABASE_URL = await recreateDatabase(env, database)
  await runMedusa(["db:migrate"], { env })
  await runMedusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], { env })

  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  // as `npm start` runs it
  const server = startMedusa(["start", "--port", String(port)], { env, v8Flags: serverV8Flags(env) })
  const exitedEarly = new Promise((_, reject) =>
    server.once("exit", (code) => reject(new Error(`medusa start exited (${code}) before /health answered`)))
  )
  await Promise.race([waitForHttp(`${baseUrl}/health`), exitedEarly])
  exitedEarly.catch(() => undefined) // the normal exit at stop() is not an error

  const call = async (path, init = {}) => {
    const response = await fetch(`${baseUrl}${path}`, init)
    if (!response.ok) {
      throw new Error(`${init.method ?? "GET"} ${path}: HTTP ${response.status} ${await response.text()}`)
    }
    return response.json()
  }
  const { token } = await call("/auth/user/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const adminHeaders = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { api_key } = await call("/admin/api-keys", {
    method: "POST",
    headers: adminHeaders,
    body: JSON.stringify({ title: "bench storefront", type: "publishable" }),
  })

  return {
    baseUrl,
    // for benches that check what the app stored (read-only SQL)
    databaseUrl: env.DATABASE_URL,
    call,
    adminHeaders,
    storeHeaders: { "x-publishable-api-key": api_key.token },
    stop: async () => {
      const exited = new Promise((resolve) => server.once("exit", resolve))
      signalGroup(server, "SIGINT")
      await exited
      await testDatabase.stop()
    },
  }
}

module.exports = { startBenchApp }
