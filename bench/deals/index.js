// Lightning deals under a crowd (issue 14): BENCH_BUYERS (500) signed-in
// buyers at once claim a deal of BENCH_UNITS (100) units, against Medusa's
// own add-to-cart of a plain product by the same buyers at once, on the same
// app in the same run. Run twice: on Medusa's in-memory modules (no
// REDIS_URL) and with Redis for the event bus, workflow engine, locking and
// caching (BENCH_REDIS_URL, redis://127.0.0.1:6379/13: a database of its own,
// so that Medusa's queues there mix with no one's).
//
// Per mode: a fresh app and database, the India region, a seller's shop, a
// plain product P (seller products do not manage inventory, so 500 lines of it
// can be added), and the buyers: phone + OTP customers (test numbers), signed
// in before anything is timed and reused by every round. A warm-up (not
// timed) runs both routes once for BENCH_WARMUP (20) buyers. Then
// BENCH_ROUNDS (1; each round costs 1,000 new carts, minutes on a 2-core
// machine) rounds, the first with add-to-cart first, the next with claims
// first, and so on; each round has a new product D with a deal live
// now (created by the operator with POST /admin/bazaar/deals; deals may not
// overlap on one product) and fresh, empty shop carts for every buyer, made
// beforehand:
//
// (a) every buyer sends one POST /store/shops/:handle/deals/:deal_id/claims
//     { cart_id } with its customer's token, all at once;
// (b) every buyer sends one POST /store/carts/:id/line-items { variant_id of
//     P, quantity 1 } (Medusa's route) on another fresh cart, all at once.
//
// Printed: answers per second of each storm (first request sent to last answer
// received) and their ratio (claims / add-to-cart, goal >= 1.0), p50 and p95
// latency, the answers by status and refusal code; after each claim storm, read
// with SQL: units held by the deal's claims (exactly BENCH_UNITS), oversold
// (units held beyond total_units, goal 0), available_units, and the cart lines
// of the deal's variant (each must carry one of its claims). Any answer other
// than 201 or 409 deal_sold_out, a wrong count or an oversell fails the bench
// after both modes have printed.
//
// Run: DB_HOST=localhost DB_USERNAME=postgres DB_PASSWORD= npm run bench -- deals
// (BENCH_MODES=memory or redis runs one of the two.)
const { startBenchApp } = require("../lib/app")
const { testBuyers, testNumbersEnv, signInCustomers } = require("../lib/customers")
const { openDealShop, liveDeal, shopCarts } = require("./fixture")
const { openLedger } = require("./ledger")
const { storm, post } = require("./storm")
const { printRound, printTotals } = require("./report")

const BUYERS = Number(process.env.BENCH_BUYERS ?? 500)
const UNITS = Number(process.env.BENCH_UNITS ?? 100)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20)
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/13"
const MODES = (process.env.BENCH_MODES ?? "memory,redis").split(",")
const GOAL_RATIO = 1.0
const SELLER = { phone: "+919000000096", code: "969696" }

const MODE_SETUPS = {
  memory: { label: "in-memory modules (no REDIS_URL)", env: {} },
  redis: { label: `Redis modules (REDIS_URL=${REDIS_URL})`, env: { REDIS_URL } },
}

/** The two storms on `buyers`: a deal of `units` units, claims (a) and Medusa's add-to-cart (b), in `order`. */
async function round(app, fixture, ledger, buyers, { name, units, order }) {
  const { deal, variantId } = await liveDeal(app, fixture, name, units)
  const claimCarts = await shopCarts(app, fixture, buyers.length)
  const plainCarts = await shopCarts(app, fixture, buyers.length)
  const claimsUrl = `${app.baseUrl}/store/shops/${fixture.shop.handle}/deals/${deal.id}/claims`
  const headersOf = (buyer) => ({ ...fixture.shopKey, ...buyer.auth })
  const storms = {
    claims: () => storm(buyers.map((buyer, i) => post(claimsUrl, headersOf(buyer), { cart_id: claimCarts[i] }))),
    addToCart: () =>
      storm(
        buyers.map((buyer, i) =>
          post(`${app.baseUrl}/store/carts/${plainCarts[i]}/line-items`, headersOf(buyer), { variant_id: fixture.plain.variantId, quantity: 1 })
        )
      ),
  }
  const result = { order, dealId: deal.id }
  for (const which of order) {
    result[which] = await storms[which]()
    if (which === "claims") result.ledger = await ledger.read(deal.id, variantId)
  }
  return result
}

async function runMode(mode) {
  const setup = MODE_SETUPS[mode]
  if (!setup) throw new Error(`BENCH_MODES: unknown mode "${mode}" (memory or redis)`)
  const buyers = testBuyers(BUYERS)
  const app = await startBenchApp({
    database: "bazaar_bench_deals",
    extraEnv: {
      BAZAAR_OTP_TEST_NUMBERS: testNumbersEnv([SELLER, ...buyers]),
      BAZAAR_OTP_MAX_CODES_PER_IP_PER_HOUR: "100000",
      // customers sign in by phone; SMS would go to the bench's closed Twilio port
      BAZAAR_MESSAGES_SMS: "false",
      ...setup.env,
    },
  })
  const ledger = await openLedger(app.databaseUrl)
  try {
    const fixture = await openDealShop(app, SELLER)
    const signInStartedAt = Date.now()
    await signInCustomers(app, buyers)
    const signInSeconds = (Date.now() - signInStartedAt) / 1000
    if (WARMUP > 0) {
      const few = buyers.slice(0, WARMUP)
      await round(app, fixture, ledger, few, { name: "Warm-up deal product", units: Math.ceil(few.length / 2), order: ["addToCart", "claims"] })
    }
    const rounds = []
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? ["addToCart", "claims"] : ["claims", "addToCart"]
      rounds.push(await round(app, fixture, ledger, buyers, { name: `Deal product ${r + 1}`, units: UNITS, order }))
    }
    return { label: setup.label, rounds, signInSeconds }
  } finally {
    await ledger.close()
    await app.stop()
  }
}

module.exports = async function dealsBench() {
  const problems = []
  const totals = []
  for (const mode of MODES) {
    const result = await runMode(mode)
    console.log(
      `\ndeals, ${result.label}: ${BUYERS} buyers at once (signed in beforehand in ${result.signInSeconds.toFixed(1)} s), ` +
        `a ${UNITS}-unit deal per round, ${ROUNDS} rounds, after a warm-up of ${WARMUP} buyers`
    )
    result.rounds.forEach((r, i) => problems.push(...printRound(r, i, UNITS).map((p) => `${result.label}, ${p}`)))
    totals.push({ label: result.label, ...printTotals(result, GOAL_RATIO) })
  }
  if (totals.length > 1) {
    console.log(`\ndeals summary (claims per second / Medusa's add-to-cart per second, goal >= ${GOAL_RATIO.toFixed(2)})`)
    for (const t of totals) {
      console.log(
        `  ${t.label.padEnd(52)} ratio ${t.ratio.toFixed(2)} (${t.ratio >= GOAL_RATIO ? "met" : "NOT met"}); ` +
          `claims ${t.claims.perSecond.toFixed(1)}/s p95 ${t.claims.latency.p95.toFixed(0)} ms; add-to-cart ${t.adds.perSecond.toFixed(1)}/s p95 ${t.adds.latency.p95.toFixed(0)} ms`
      )
    }
  }
  if (problems.length) throw new Error(`deals bench: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`)
}
