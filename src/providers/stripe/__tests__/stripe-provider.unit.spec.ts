import { startStripeFake, type StripeFake } from "../../../../tools/stripe-fake/server"
import { signPayload } from "../../../../tools/stripe-fake/webhooks"
import BazaarStripeProviderService, { stripeConnection } from "../service"

let fake: StripeFake
beforeAll(async () => {
  fake = await startStripeFake()
})
afterAll(async () => {
  await fake.stop()
})

function provider(apiUrl?: string) {
  return new BazaarStripeProviderService({}, { apiKey: fake.secretKey, webhookSecret: fake.webhookSecret, apiUrl })
}

describe("Bazaar's Stripe provider", () => {
  it("keeps Medusa's identifier, so the provider id stays pp_stripe_stripe", () => {
    expect(BazaarStripeProviderService.identifier).toBe("stripe")
  })

  it("splits an API origin into the SDK's host, port and protocol, and rejects what is not one", () => {
    expect(stripeConnection("http://localhost:4020")).toEqual({ host: "localhost", port: 4020, protocol: "http" })
    expect(stripeConnection("https://api.stripe.com")).toEqual({ host: "api.stripe.com", port: 443, protocol: "https" })
    expect(() => BazaarStripeProviderService.validateOptions({ apiKey: "sk_test_1", webhookSecret: "whsec_1", apiUrl: "ftp://x" })).toThrow(
      'apiUrl must start with http:// or https:// (got "ftp://x")'
    )
  })

  it("talks to the configured origin through Medusa's own provider code", async () => {
    const service = provider(fake.url)
    const session = await service.initiatePayment({
      amount: 25.99,
      currency_code: "eur",
      data: { session_id: "payses_test" },
      context: { idempotency_key: "payses_test" },
    })
    expect(session.status).toBe("pending")
    const intent = fake.state.paymentIntents.get(session.id)
    expect(intent).toMatchObject({ amount: 2599, capture_method: "manual", metadata: { session_id: "payses_test" } })

    await fake.state.confirm(session.id, { payment_method: "pm_card_visa" }, { id: "req_t", idempotency_key: null })
    const authorized = await service.authorizePayment({ data: { id: session.id } })
    expect(authorized.status).toBe("authorized")
  })

  it("verifies webhooks signed by the fake with Medusa's own code", async () => {
    const service = provider(fake.url)
    const payload = JSON.stringify({
      id: "evt_1",
      type: "payment_intent.amount_capturable_updated",
      data: { object: { id: "pi_1", currency: "eur", amount_capturable: 1000, metadata: { session_id: "payses_1" } } },
    })
    const signature = signPayload(payload, fake.webhookSecret, Math.floor(Date.now() / 1000))
    const action = await service.getWebhookActionAndData({ data: {}, rawData: payload, headers: { "stripe-signature": signature } })
    expect(action).toEqual({ action: "authorized", data: { session_id: "payses_1", amount: 10 } })
  })
})
