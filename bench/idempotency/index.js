// The cost of an Idempotency-Key on a write: Bazaar's POST
// /store/shops/:handle/carts (a new shop cart through Medusa's cart workflow)
// with a fresh key each time against the same route without one, alternating,
// in the same run. The difference is the key's claim (one INSERT … ON CONFLICT)
// and the stored answer (one UPDATE) in PostgreSQL.
const { randomUUID } = require("crypto")
const { startBenchApp } = require("../lib/app")
const { json, openSellerShop } = require("../lib/seller-shop")
const { compareAlternating, report } = require("../lib/stats")

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200)
const SELLER = { phone: "+919000000098", code: "989898" }

module.exports = async function idempotencyBench() {
  const app = await startBenchApp({
    database: "bazaar_bench_idempotency",
    extraEnv: { BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}` },
  })
  try {
    await json(app, "/admin/regions", {
      method: "POST",
      headers: app.adminHeaders,
      body: { name: "India", currency_code: "inr", countries: ["in"] },
    })
    const { shop } = await openSellerShop(app, SELLER, "Bench Keys")
    const headers = { "x-publishable-api-key": shop.publishable_key }
    const newCart = (extra) => () => json(app, `/store/shops/${shop.handle}/carts`, { method: "POST", headers: { ...headers, ...extra() }, body: {} })

    const result = await compareAlternating({
      baseline: newCart(() => ({})),
      candidate: newCart(() => ({ "idempotency-key": `"${randomUUID()}"` })),
      iterations: ITERATIONS,
    })
    report(
      `idempotency: ${ITERATIONS} sequential POST /store/shops/:handle/carts each, alternating`,
      { baseline: "without Idempotency-Key", candidate: "with a fresh Idempotency-Key" },
      result
    )
  } finally {
    await app.stop()
  }
}
