import { createServer, type Server } from "http"
import type { AddressInfo } from "net"
import Stripe from "stripe"
import { manualClock, useStripeFake } from "./helpers"

const clock = manualClock()
const ctx = useStripeFake({ now: clock.now })

type Received = { signature: string; body: string }
const received: Received[] = []
let receiver: Server

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ signature: String(req.headers["stripe-signature"]), body })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  ctx.fake.setWebhookEndpoint(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`)
})
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()))
})
beforeEach(() => {
  received.length = 0
})

function verify(entry: Received) {
  // the SDK's own verification, with the fake's clock as "now" (tolerance is checked against it)
  return ctx.stripe.webhooks.constructEvent(entry.body, entry.signature, ctx.fake.webhookSecret, 300)
}

describe("stripe-fake webhooks", () => {
  it("signs events exactly as Stripe does: the SDK's constructEvent accepts them, a wrong secret does not", async () => {
    // constructEvent checks the timestamp against the real time: sign with a clock that is now
    clock.advance(Date.now() - clock.now())
    const intent = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur", capture_method: "manual" })
    await ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    await ctx.fake.webhooks.idle()
    const types = received.map((entry) => verify(entry).type)
    expect(types).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.amount_capturable_updated"])
    expect(received[0].signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(() => ctx.stripe.webhooks.constructEvent(received[0].body, received[0].signature, "whsec_other")).toThrow(
      Stripe.errors.StripeSignatureVerificationError
    )
  })

  it("holds deliveries until released, in reverse order if asked, and delivers an event twice", async () => {
    ctx.fake.webhooks.hold()
    const intent = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur", capture_method: "manual" })
    await ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    await ctx.fake.webhooks.idle()
    expect(received).toHaveLength(0)
    const held = ctx.fake.webhooks.heldEventIds()
    expect(held).toHaveLength(3)

    ctx.fake.webhooks.release({ order: "reverse" })
    await ctx.fake.webhooks.idle()
    const ids = received.map((entry) => JSON.parse(entry.body).id)
    expect(new Set(ids)).toEqual(new Set(held))

    ctx.fake.webhooks.redeliver(held[2])
    await ctx.fake.webhooks.idle()
    expect(received.filter((entry) => JSON.parse(entry.body).id === held[2])).toHaveLength(2)
    expect(ctx.fake.webhooks.deliveries.filter((d) => d.event_id === held[2]).map((d) => d.attempt)).toEqual([1, 2])
  })
})
