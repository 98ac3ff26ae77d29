import Stripe from "stripe"
import { useStripeFake } from "./helpers"

const ctx = useStripeFake()

describe("stripe-fake Idempotency-Key and fault injection", () => {
  it("replays the same answer for the same key and params, with Idempotent-Replayed", async () => {
    const first = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur" }, { idempotencyKey: "key-1" })
    const second = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur" }, { idempotencyKey: "key-1" })
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(ctx.fake.state.paymentIntents.size).toBe(1)
  })

  it("answers 400 idempotency_error for the same key with other params", async () => {
    await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur" }, { idempotencyKey: "key-2" })
    await expect(
      ctx.stripe.paymentIntents.create({ amount: 200, currency: "eur" }, { idempotencyKey: "key-2" })
    ).rejects.toMatchObject({ type: "StripeIdempotencyError", statusCode: 400 })
  })

  it("replays a stored decline too", async () => {
    const intent = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur" })
    const confirm = () =>
      ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_chargeDeclined" }, { idempotencyKey: "key-3" })
    await expect(confirm()).rejects.toMatchObject({ statusCode: 402 })
    await expect(confirm()).rejects.toMatchObject({ statusCode: 402, code: "card_declined" })
  })

  it("injects 500, connection resets and 429 with no body for the next N requests", async () => {
    ctx.fake.faults.failNext(1, "500")
    await expect(ctx.stripe.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError)
    // the SDK retries one ECONNRESET on its own (a stale keep-alive socket), whatever maxNetworkRetries says
    ctx.fake.faults.failNext(2, "reset")
    await expect(ctx.stripe.customers.create({})).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError)
    ctx.fake.faults.failNext(1, "429")
    // an empty 429 body is not JSON: the SDK reports an API error
    await expect(ctx.stripe.customers.create({})).rejects.toMatchObject({ type: "StripeAPIError" })
    await expect(ctx.stripe.customers.create({ email: "a@example.com" })).resolves.toMatchObject({ email: "a@example.com" })
  })

  it("the SDK's own retry after a 500 gets one object thanks to its Idempotency-Key", async () => {
    const retrying = new Stripe(ctx.fake.secretKey, { host: "localhost", port: ctx.fake.port, protocol: "http", maxNetworkRetries: 2 })
    const before = ctx.fake.state.customers.size
    ctx.fake.faults.failNext(1, "reset")
    // the SDK waits between retries (its own backoff, up to ~1 s): unavoidable, it is the SDK under test
    await retrying.customers.create({ name: "Retry" })
    expect(ctx.fake.state.customers.size).toBe(before + 1)
  })
})
