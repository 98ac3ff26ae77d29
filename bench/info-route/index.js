// GET /store/bazaar against a minimal Medusa store route (GET /store/regions
// with limit=1), both through the same store middleware (publishable key).
const { startBenchApp } = require("../lib/app")
const { compareAlternating, report } = require("../lib/stats")

module.exports = async function infoRouteBench({ iterations = 300 } = {}) {
  const app = await startBenchApp()
  try {
    const get = (path) => () => app.call(path, { headers: app.storeHeaders })
    const result = await compareAlternating({
      baseline: get("/store/regions?limit=1&fields=id"),
      candidate: get("/store/bazaar"),
      iterations,
    })
    report(
      `info-route: ${iterations} sequential requests each, alternating`,
      { baseline: "Medusa GET /store/regions?limit=1", candidate: "Bazaar GET /store/bazaar" },
      result
    )
  } finally {
    await app.stop()
  }
}
