const { chmodSync, mkdtempSync, rmSync } = require("fs")
const { tmpdir } = require("os")
const { join } = require("path")
const { startEmbeddedPostgres } = require("./embedded-postgres")
const { freePort } = require("./free-port")

/**
 * Makes sure DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD name a PostgreSQL that
 * tests may create databases in: the one already named, or a new embedded
 * one. Returns a stop function (a no-op when the database was given).
 */
async function ensureTestDatabase(env = process.env) {
  if (env.DB_HOST) {
    env.DB_USERNAME = env.DB_USERNAME || "postgres"
    env.DB_PASSWORD = env.DB_PASSWORD ?? ""
    return { embedded: false, logTail: () => [], stop: async () => undefined }
  }
  const port = await freePort()
  // A fresh cluster per run (initdb takes a few seconds), so that test runs
  // and benchmarks can run side by side. 0755: as root, PostgreSQL runs as
  // the postgres user and must reach it.
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-test-pg-"))
  chmodSync(dataDir, 0o755)
  const logLines = []
  const log = (line) => {
    logLines.push(String(line).trimEnd())
    if (logLines.length > 400) logLines.shift()
  }
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, "data"), port, log })
  // test-utils turns SSL on unless the host is literally "localhost".
  env.DB_HOST = "localhost"
  env.DB_PORT = String(port)
  env.DB_USERNAME = postgres.user
  env.DB_PASSWORD = postgres.password
  return {
    embedded: true,
    // What PostgreSQL itself said last: the first thing to read when tests
    // fail with closed connections.
    logTail: (count = 40) => logLines.slice(-count),
    stop: async () => {
      await postgres.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

module.exports = { ensureTestDatabase }
