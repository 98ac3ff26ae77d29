const { ensureTestDatabase } = require("../scripts/lib/test-database")

module.exports = async function globalSetup() {
  const database = await ensureTestDatabase(process.env)
  globalThis.__BAZAAR_TEST_DATABASE__ = database
}
