// The price of the order pipeline at checkout (issue 13). One shop, one
// product; every cart holds one line item of it, goes to the same address by
// the shop's delivery option, and belongs to a signed-in customer. Compared in
// the same run, on the same app:
//
// - Bazaar: the shop cart's card checkout as a storefront makes it, against
//   the Stripe fake (tools/stripe-fake) with the Stripe provider pointed at it
//   and Stripe's webhooks sent to the app: POST
//   /store/shops/:handle/carts/:id/complete with pp_stripe_stripe (202 with
//   the client secret; this call also sets customer, address, delivery and the
//   payment session on the cart), Stripe.js's confirm at the fake with
//   pm_card_visa, the same POST again (201 with the order). Invoices (PDF) and
//   messages (SMTP to the in-process mail catcher) run after the answer in
//   subscribers.
// - Medusa: its own POST /store/carts/:id/complete of a store cart in the
//   shop's sales channel, paid with the system provider. The cart is prepared
//   through Medusa's store API beforehand (not timed): customer, item, email,
//   address, delivery option, payment session. The same subscribers run after
//   Medusa's order.placed too.
//
// 1. Latency: BENCH_ITERATIONS (50) rounds after BENCH_WARMUP (3), each
//    preparing one cart of each kind (not timed) and then checking both out
//    in alternating order. Printed: the completing call of each (the goal:
//    Bazaar's median <= 1.2 x Medusa's), and Bazaar's three parts and their sum.
// 2. Throughput: BENCH_BUYERS (20) customers, each with its own carts
//    (BENCH_ORDERS_PER_BUYER, 3), check out at the same time: Bazaar's whole
//    card checkout (the three calls) per order; then Medusa's completion of
//    ready carts; then Medusa's storefront checkout of carts holding only the
//    item (email and address, delivery options, delivery method, payment
//    collection, payment session, completion: what Bazaar's first call does
//    for its carts, so the fairer baseline of orders per second). Orders per
//    second from the first call to the last answer, and the ratios. The
//    drain, timed from the last card answer: until every Bazaar order of the
//    run has its invoice with a stored PDF (GET /admin/orders/:id/invoice)
//    and its buyer got both mails at the catcher (order received; invoice with the PDF
//    attached; each order uses its own address). BENCH_DRAIN_TIMEOUT_MS
//    (300000) bounds the wait; an order left without either fails the bench.
//
// Run: DB_HOST=localhost DB_USERNAME=postgres DB_PASSWORD= npm run bench -- checkout
const { startBenchApp } = require("../lib/app")
const { startPipelineServices } = require("./services")
const { openShop, signIn, bazaarCardCheckout, medusaSystemCheckout } = require("./checkouts")
const { waitForPipeline } = require("./drain")
const { summarize, latencyRow, ratioRow } = require("./figures")

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const BUYERS = Number(process.env.BENCH_BUYERS ?? 20)
const ORDERS_PER_BUYER = Number(process.env.BENCH_ORDERS_PER_BUYER ?? 3)
const DRAIN_TIMEOUT_MS = Number(process.env.BENCH_DRAIN_TIMEOUT_MS ?? 300000)
const GOAL_RATIO = 1.2
const CODE = "424242"
const SELLER = { phone: "+919000000097", code: "979797" }
/** Buyer 0 checks out the latency rounds; buyers 1..BUYERS the concurrent ones. */
const buyerPhone = (i) => `+9191${String(i).padStart(8, "0")}`

let addressSequence = 0
/** Every order goes to its own mailbox, so that its mails can be told apart at the catcher. */
const orderEmail = (kind) => `${kind}-${++addressSequence}@buyers.bench.local`

async function latencyRounds(bazaar, medusa, buyer) {
  const times = { medusa: [], start: [], confirm: [], complete: [], sum: [] }
  const bazaarOrders = []
  let webhookFirst = 0
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const bazaarCart = await bazaar.prepare()
    const medusaBuyer = { ...buyer, email: orderEmail("medusa") }
    const medusaCart = await medusa.prepare(medusaBuyer)
    const bazaarBuyer = { ...buyer, email: orderEmail("bazaar") }
    const runs = {
      bazaar: async () => bazaar.checkout(bazaarCart, bazaarBuyer),
      medusa: async () => medusa.checkout(medusaCart, medusaBuyer),
    }
    const order = i % 2 === 0 ? ["medusa", "bazaar"] : ["bazaar", "medusa"]
    const results = {}
    for (const which of order) results[which] = await runs[which]()
    bazaarOrders.push({ orderId: results.bazaar.orderId, email: bazaarBuyer.email })
    if (i < WARMUP) continue
    const card = results.bazaar
    if (card.webhookFirst) webhookFirst++
    times.medusa.push(results.medusa.completeMs)
    times.start.push(card.startMs)
    times.confirm.push(card.confirmMs)
    times.complete.push(card.completeMs)
    times.sum.push(card.startMs + card.confirmMs + card.completeMs)
  }
  return { times, bazaarOrders, webhookFirst }
}

/** Every buyer checks out its carts one after another, all buyers at once: orders per second. */
async function concurrentCheckouts(flow, buyers, cartsOf, label) {
  const startedAt = process.hrtime.bigint()
  const results = await Promise.all(
    buyers.map(async (buyer, b) => {
      const placed = []
      for (const cart of cartsOf[b]) {
        const email = cart.email ?? orderEmail(label)
        placed.push({ ...(await flow.checkout(cart.cartId, { ...buyer, email })), email })
      }
      return placed
    })
  )
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9
  const orders = results.flat()
  return { orders, seconds, perSecond: orders.length / seconds, lastAnsweredAt: Date.now() }
}

/** Each buyer's carts: { cartId, email } (email when the cart already carries one). */
async function prepareCarts(buyers, prepare) {
  return Promise.all(buyers.map(async (buyer) => {
    const carts = []
    for (let k = 0; k < ORDERS_PER_BUYER; k++) carts.push(await prepare(buyer))
    return carts
  }))
}

function printLatency({ times, webhookFirst }) {
  console.log(`\ncheckout latency: ${ITERATIONS} rounds (after ${WARMUP} warm-up), one order of each kind per round, alternating`)
  const medusa = latencyRow("Medusa POST /store/carts/:id/complete", times.medusa)
  const complete = latencyRow("Bazaar completing call (201, card authorized)", times.complete)
  latencyRow("  Bazaar first call (202, client secret)", times.start)
  latencyRow("  confirm at the Stripe fake (Stripe.js)", times.confirm)
  const sum = latencyRow("  Bazaar card checkout, the three together", times.sum)
  ratioRow("completing call / Medusa", complete, medusa, GOAL_RATIO)
  ratioRow("whole card checkout / Medusa", sum, medusa)
  if (webhookFirst) console.log(`  (${webhookFirst} of ${ITERATIONS} completing calls found the order already placed by Stripe's webhook: 200)`)
}

module.exports = async function checkoutBench() {
  const services = await startPipelineServices()
  const buyers = Array.from({ length: BUYERS + 1 }, (_, i) => ({ phone: buyerPhone(i), code: CODE }))
  const app = await startBenchApp({
    database: "bazaar_bench_checkout",
    extraEnv: {
      ...services.env,
      BAZAAR_OTP_TEST_NUMBERS: [SELLER, ...buyers].map((who) => `${who.phone}:${who.code}`).join(","),
      BAZAAR_OTP_MAX_CODES_PER_IP_PER_HOUR: "100000",
      // sellers sign in by phone and have no email; SMS would go to the bench's closed Twilio port
      BAZAAR_MESSAGES_SMS: "false",
    },
  })
  try {
    services.pointWebhooksAt(app.baseUrl)
    const fixture = await openShop(app, SELLER)
    for (const buyer of buyers) buyer.auth = await signIn(app, buyer)
    const bazaar = bazaarCardCheckout(app, fixture, services.stripe.url)
    const medusa = medusaSystemCheckout(app, fixture)

    const latency = await latencyRounds(bazaar, medusa, buyers[0])
    printLatency(latency)
    const settled = await waitForPipeline(app, services.mails, latency.bazaarOrders, { timeoutMs: DRAIN_TIMEOUT_MS })
    console.log(`  pipeline of those ${settled.orders} card orders settled ${settled.seconds.toFixed(1)} s after the last round`)

    const crowd = buyers.slice(1)
    const bazaarCarts = await prepareCarts(crowd, async () => ({ cartId: await bazaar.prepare() }))
    const card = await concurrentCheckouts(bazaar, crowd, bazaarCarts, "crowd-bazaar")
    const drain = await waitForPipeline(app, services.mails, [...latency.bazaarOrders, ...card.orders], { timeoutMs: DRAIN_TIMEOUT_MS })
    const medusaCarts = await prepareCarts(crowd, async (buyer) => {
      const email = orderEmail("crowd-medusa")
      return { cartId: await medusa.prepare({ ...buyer, email }), email }
    })
    const system = await concurrentCheckouts(medusa, crowd, medusaCarts, "crowd-medusa")
    const bareCarts = await prepareCarts(crowd, async (buyer) => ({ cartId: await medusa.createCart(buyer) }))
    const storefront = await concurrentCheckouts({ checkout: medusa.checkoutWithSteps }, crowd, bareCarts, "crowd-storefront")

    const orders = BUYERS * ORDERS_PER_BUYER
    console.log(`\nthroughput: ${BUYERS} buyers at once, ${ORDERS_PER_BUYER} orders each (${orders} orders per kind), each buyer its own customer and carts`)
    console.log(`  Medusa completion (system provider)    ${system.perSecond.toFixed(2).padStart(7)} orders/s   (${orders} in ${system.seconds.toFixed(1)} s; median answer ${summarize(system.orders.map((o) => o.completeMs)).median.toFixed(0)} ms)`)
    console.log(`  Bazaar card checkout (3 calls)         ${card.perSecond.toFixed(2).padStart(7)} orders/s   (${orders} in ${card.seconds.toFixed(1)} s; median completing call ${summarize(card.orders.map((o) => o.completeMs)).median.toFixed(0)} ms, whole ${summarize(card.orders.map((o) => o.startMs + o.confirmMs + o.completeMs)).median.toFixed(0)} ms)`)
    console.log(`  Medusa storefront checkout (6 calls)   ${storefront.perSecond.toFixed(2).padStart(7)} orders/s   (${orders} in ${storefront.seconds.toFixed(1)} s; address, delivery, payment session, completion: median ${summarize(storefront.orders.map((o) => o.readyMs + o.completeMs)).median.toFixed(0)} ms)`)
    console.log(`  ratio Bazaar / Medusa orders per second: ${(card.perSecond / system.perSecond).toFixed(2)} against the completion alone, ${(card.perSecond / storefront.perSecond).toFixed(2)} against the storefront checkout`)
    const webhookFirst = card.orders.filter((o) => o.webhookFirst).length
    if (webhookFirst) console.log(`  (${webhookFirst} card orders were placed by Stripe's webhook before the storefront's completing call)`)
    console.log(
      `  drain after the last card answer: ${drain.seconds.toFixed(1)} s until all ${drain.orders} card orders of the run had ` +
        `their invoice PDF (${drain.invoiced}) and both mails (${drain.mailed}); orders with a mail sent twice: ${drain.doubled}`
    )
    // Medusa's orders go through the same subscribers (linked to the shop by its sales channel); the app
    // stops only once they are through, and how far they got is printed, not required.
    const baseline = await waitForPipeline(app, services.mails, [...system.orders, ...storefront.orders], { timeoutMs: 60000 })
    console.log(
      `  Medusa's ${baseline.orders} orders, ${baseline.seconds.toFixed(1)} s after their last answer: invoice PDF ${baseline.invoiced}, ` +
        `both mails ${baseline.mailed}, a mail sent twice ${baseline.doubled}`
    )
    if (!drain.done) throw new Error(`the pipeline did not finish within ${DRAIN_TIMEOUT_MS / 1000} s: ${JSON.stringify(drain)}`)
  } finally {
    await app.stop()
    await services.stop()
  }
}
