const { resolve } = require("path")
const { startEmbeddedPostgres } = require("./embedded-postgres")
const { freePort } = require("./free-port")
const { ROOT } = require("./medusa-cli")

/**
 * Makes sure DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD name a PostgreSQL that
 * tests may create databases in: the one already named, or a new embedded
 * one. Returns a stop function (a no-op when the database was given).
 */
async function ensureTestDatabase(env = process.env) {
  if (env.DB_HOST) {
    env.DB_USERNAME = env.DB_USERNAME || "postgres"
    env.DB_PASSWORD = env.DB_PASSWORD ?? ""
    return { embedded: false, stop: async () => undefined }
  }
  const port = await freePort()
  const postgres = await startEmbeddedPostgres({
    dataDir: resolve(ROOT, ".bazaar", "test-postgres"),
    port,
  })
  // test-utils turns SSL on unless the host is literally "localhost".
  env.DB_HOST = "localhost"
  env.DB_PORT = String(port)
  env.DB_USERNAME = postgres.user
  env.DB_PASSWORD = postgres.password
  return { embedded: true, stop: postgres.stop }
}

module.exports = { ensureTestDatabase }
