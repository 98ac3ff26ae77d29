import { useStripeFake } from "./helpers"

const ctx = useStripeFake()

async function capturedIntent(amount: number) {
  const intent = await ctx.stripe.paymentIntents.create({ amount, currency: "eur", capture_method: "manual" })
  await ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
  return ctx.stripe.paymentIntents.capture(intent.id)
}

describe("stripe-fake refunds, customers and events", () => {
  it("refunds in parts and refuses an over-refund and a refund of an uncaptured intent", async () => {
    const intent = await capturedIntent(1000)
    const part = await ctx.stripe.refunds.create({ payment_intent: intent.id, amount: 400 })
    expect(part).toMatchObject({ object: "refund", amount: 400, status: "succeeded", payment_intent: intent.id })
    await expect(ctx.stripe.refunds.create({ payment_intent: intent.id, amount: 700 })).rejects.toMatchObject({
      statusCode: 400,
      code: "amount_too_large",
    })
    const rest = await ctx.stripe.refunds.create({ payment_intent: intent.id })
    expect(rest.amount).toBe(600)
    await expect(ctx.stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({ code: "charge_already_refunded" })
    expect((await ctx.stripe.refunds.retrieve(part.id)).amount).toBe(400)
    const listed = await ctx.stripe.refunds.list({ payment_intent: intent.id })
    expect(listed.data.map((refund) => refund.amount)).toEqual([600, 400])

    const uncaptured = await ctx.stripe.paymentIntents.create({ amount: 100, currency: "eur" })
    await expect(ctx.stripe.refunds.create({ payment_intent: uncaptured.id })).rejects.toMatchObject({ statusCode: 400 })
  })

  it("creates, retrieves and updates customers", async () => {
    const customer = await ctx.stripe.customers.create({ email: "buyer@example.com", phone: "+31600000000", metadata: { k: "v" } })
    expect(customer).toMatchObject({ object: "customer", email: "buyer@example.com", phone: "+31600000000" })
    const updated = await ctx.stripe.customers.update(customer.id, { name: "Asha" })
    expect(updated).toMatchObject({ name: "Asha", email: "buyer@example.com", metadata: { k: "v" } })
    expect((await ctx.stripe.customers.retrieve(customer.id)) as { name: string }).toMatchObject({ name: "Asha" })
    await expect(ctx.stripe.customers.retrieve("cus_missing")).rejects.toMatchObject({ statusCode: 404 })
  })

  it("records events for every change, newest first, retrievable by id", async () => {
    const intent = await capturedIntent(250)
    const events = await ctx.stripe.events.list({ limit: 3 })
    expect(events.data.map((event) => event.type)).toEqual([
      "payment_intent.succeeded",
      "charge.captured",
      "payment_intent.amount_capturable_updated",
    ])
    expect((events.data[0].data.object as { id: string }).id).toBe(intent.id)
    const one = await ctx.stripe.events.retrieve(events.data[0].id)
    expect(one.type).toBe("payment_intent.succeeded")
    const filtered = await ctx.stripe.events.list({ type: "payment_intent.created" })
    expect(filtered.data.length).toBeGreaterThan(0)
  })
})
