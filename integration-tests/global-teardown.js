module.exports = async function globalTeardown() {
  await globalThis.__BAZAAR_TEST_DATABASE__?.stop()
}
