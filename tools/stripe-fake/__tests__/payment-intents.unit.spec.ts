import Stripe from "stripe"
import { manualClock, useStripeFake } from "./helpers"

const clock = manualClock()
const ctx = useStripeFake({ now: clock.now })

async function stripeError(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise
  } catch (error) {
    return error as Stripe.errors.StripeError
  }
  throw new Error("expected a Stripe error")
}

describe("stripe-fake PaymentIntents through the stripe SDK", () => {
  it("creates, confirms with pm_card_visa (manual capture) and captures part of the amount", async () => {
    const intent = await ctx.stripe.paymentIntents.create({
      amount: 2599,
      currency: "eur",
      capture_method: "manual",
      metadata: { session_id: "payses_1" },
    })
    expect(intent).toMatchObject({ status: "requires_payment_method", amount: 2599, currency: "eur", metadata: { session_id: "payses_1" } })
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`))
    expect(intent.created).toBe(Math.floor(clock.now() / 1000))

    const confirmed = await ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(confirmed).toMatchObject({ status: "requires_capture", amount_capturable: 2599, amount_received: 0 })

    const captured = await ctx.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 2000 })
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 2000, amount_capturable: 0 })

    const again = await stripeError(ctx.stripe.paymentIntents.capture(intent.id))
    expect(again).toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state", type: "StripeInvalidRequestError" })
    expect((again.raw as { payment_intent?: { status: string } }).payment_intent?.status).toBe("succeeded")
  })

  it("captures at once with capture_method automatic and expands the payment method", async () => {
    const intent = await ctx.stripe.paymentIntents.create({
      amount: 1000,
      currency: "usd",
      capture_method: "automatic",
      payment_method: "pm_card_mastercard",
      confirm: true,
      expand: ["payment_method"],
    })
    expect(intent.status).toBe("succeeded")
    expect(intent.amount_received).toBe(1000)
    expect(intent.payment_method).toMatchObject({ id: "pm_card_mastercard", type: "card", card: { brand: "mastercard", last4: "4444" } })
  })

  it("declines pm_card_chargeDeclined with 402 card_error and sends the intent back to requires_payment_method", async () => {
    const intent = await ctx.stripe.paymentIntents.create({ amount: 500, currency: "eur", capture_method: "manual" })
    const error = await stripeError(ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_chargeDeclined" }))
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(error).toMatchObject({ statusCode: 402, code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." })
    expect(error.requestId).toMatch(/^req_/)

    const after = await ctx.stripe.paymentIntents.retrieve(intent.id)
    expect(after.status).toBe("requires_payment_method")
    expect(after.last_payment_error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "generic_decline" })

    const insufficient = await stripeError(
      ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_chargeDeclinedInsufficientFunds" })
    )
    expect(insufficient).toMatchObject({ statusCode: 402, decline_code: "insufficient_funds" })

    const retried = await ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(retried.status).toBe("requires_capture")
    expect(retried.last_payment_error).toBeNull()
  })

  it("asks for 3-D Secure with pm_card_authenticationRequired; the fake-only control completes or fails it", async () => {
    const passing = await ctx.stripe.paymentIntents.create({ amount: 700, currency: "eur", capture_method: "manual" })
    const pending = await ctx.stripe.paymentIntents.confirm(passing.id, { payment_method: "pm_card_authenticationRequired" })
    expect(pending.status).toBe("requires_action")
    expect(pending.next_action?.type).toBe("redirect_to_url")
    expect(pending.next_action?.redirect_to_url?.url).toBe(`${ctx.fake.url}/_fake/3ds/${passing.id}`)

    const response = await fetch(`${ctx.fake.url}/_fake/payment_intents/${passing.id}/authenticate`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "outcome=succeed",
    })
    expect(response.status).toBe(200)
    expect((await ctx.stripe.paymentIntents.retrieve(passing.id)).status).toBe("requires_capture")

    const failing = await ctx.stripe.paymentIntents.create({ amount: 700, currency: "eur", capture_method: "manual" })
    await ctx.stripe.paymentIntents.confirm(failing.id, { payment_method: "pm_card_authenticationRequired" })
    expect(ctx.fake.authenticate(failing.id, "fail")).toMatchObject({
      status: "requires_payment_method",
      last_payment_error: { code: "payment_intent_authentication_failure" },
    })
  })

  it("lets Stripe.js retrieve and confirm with the publishable key and the client secret only", async () => {
    const intent = await ctx.stripe.paymentIntents.create({ amount: 300, currency: "eur", capture_method: "manual" })
    const confirmed = await ctx.publishable.paymentIntents.confirm(intent.id, {
      payment_method: "pm_card_visa",
      client_secret: intent.client_secret!,
    } as Stripe.PaymentIntentConfirmParams)
    expect(confirmed.status).toBe("requires_capture")

    const wrongSecret = await stripeError(
      ctx.publishable.paymentIntents.retrieve(intent.id, { client_secret: "pi_x_secret_y" })
    )
    expect(wrongSecret).toMatchObject({ statusCode: 404, code: "resource_missing" })
    const notAllowed = await stripeError(ctx.publishable.paymentIntents.create({ amount: 1, currency: "eur" }))
    expect(notAllowed.statusCode).toBe(401)
  })

  it("updates and cancels; a canceled intent cannot be confirmed", async () => {
    const intent = await ctx.stripe.paymentIntents.create({ amount: 300, currency: "eur", capture_method: "manual", metadata: { a: "1" } })
    const updated = await ctx.stripe.paymentIntents.update(intent.id, { amount: 450, metadata: { b: "2" } })
    expect(updated).toMatchObject({ amount: 450, metadata: { a: "1", b: "2" } })
    const canceled = await ctx.stripe.paymentIntents.cancel(intent.id)
    expect(canceled).toMatchObject({ status: "canceled", canceled_at: Math.floor(clock.now() / 1000) })
    const error = await stripeError(ctx.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" }))
    expect(error).toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state" })
  })

  it("answers 404 resource_missing, 401 for a bad key and 400 for a missing param, in Stripe's error body", async () => {
    const missing = await stripeError(ctx.stripe.paymentIntents.retrieve("pi_nope"))
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing", param: "intent", message: "No such payment_intent: 'pi_nope'" })

    const badKey = await stripeError(new Stripe("sk_test_wrong_key_123456", { host: "localhost", port: ctx.fake.port, protocol: "http" }).customers.create({}))
    expect(badKey).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(badKey.message).not.toContain("sk_test_wrong_key_123456")

    const response = await fetch(`${ctx.fake.url}/v1/payment_intents`, {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.fake.secretKey}`, "content-type": "application/x-www-form-urlencoded" },
      body: "currency=eur",
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: {
        type: "invalid_request_error",
        code: "parameter_missing",
        message: "Missing required param: amount.",
        param: "amount",
        doc_url: "https://stripe.com/docs/error-codes/parameter-missing",
        request_id: expect.stringMatching(/^req_/),
      },
    })
  })
})
