import {
  DEFAULT_CAPTURE_ON,
  paymentsModules,
  paymentsOptionsFromEnv,
  resolvePaymentOptions,
  type PaymentOptions,
} from "../payments"

const stripe = { apiKey: "sk_test_abc", webhookSecret: "whsec_abc" }

describe("payments options", () => {
  it("captures on the seller's accept by default", () => {
    expect(DEFAULT_CAPTURE_ON).toBe("accept")
    expect(resolvePaymentOptions()).toEqual({ captureOn: "accept" })
    expect(resolvePaymentOptions({ captureOn: "placement" }).captureOn).toBe("placement")
    expect(resolvePaymentOptions({ captureOn: "ship" }).captureOn).toBe("ship")
  })

  it("rejects a capture step it does not know, naming the option, the choices and the value", () => {
    expect(() => resolvePaymentOptions({ captureOn: "delivery" } as unknown as PaymentOptions)).toThrow(
      'Bazaar option payments.captureOn must be one of placement, accept, ship (got "delivery")'
    )
  })

  it("rejects keys of the wrong kind without echoing secrets", () => {
    const wrongKey = () => resolvePaymentOptions({ stripe: { apiKey: "pk_test_secretish", webhookSecret: "whsec_x" } })
    expect(wrongKey).toThrow("payments.stripe.apiKey must be a Stripe secret key")
    expect(wrongKey).not.toThrow("pk_test_secretish")
    expect(() => resolvePaymentOptions({ stripe: { apiKey: "sk_test_x" } })).toThrow("payments.stripe.webhookSecret is required")
    expect(() => resolvePaymentOptions({ stripe: { ...stripe, webhookSecret: "nope-secret" } })).toThrow(
      "starting with whsec_"
    )
    expect(() => resolvePaymentOptions({ stripe: { ...stripe, apiUrl: "localhost:4020" } })).toThrow(
      'payments.stripe.apiUrl must be an http(s) URL such as http://localhost:4020 (got "localhost:4020")'
    )
    expect(() => resolvePaymentOptions({ webhookDelayMs: 0 })).toThrow("payments.webhookDelayMs must be a whole number")
  })

  it("keeps the publishable key (for storefronts) and the webhook secret (to check signatures), never the API key", () => {
    const resolved = resolvePaymentOptions({ stripe: { ...stripe, publishableKey: "pk_test_1" } })
    expect(resolved).toEqual({ captureOn: "accept", publishableKey: "pk_test_1", webhookSecret: "whsec_abc" })
    expect(JSON.stringify(resolved)).not.toContain("sk_test_abc")
  })

  it("reads STRIPE_* and BAZAAR_CAPTURE_ON from the environment", () => {
    expect(paymentsOptionsFromEnv({})).toEqual({})
    expect(
      paymentsOptionsFromEnv({
        STRIPE_API_KEY: "sk_test_1",
        STRIPE_WEBHOOK_SECRET: "whsec_1",
        STRIPE_PUBLISHABLE_KEY: "pk_test_1",
        STRIPE_API_URL: "http://localhost:4020",
        BAZAAR_CAPTURE_ON: "ship",
        BAZAAR_PAYMENT_WEBHOOK_DELAY_MS: "10",
      })
    ).toEqual({
      captureOn: "ship",
      webhookDelayMs: 10,
      stripe: { apiKey: "sk_test_1", webhookSecret: "whsec_1", publishableKey: "pk_test_1", apiUrl: "http://localhost:4020" },
    })
    expect(paymentsOptionsFromEnv({ STRIPE_API_KEY: " ", BAZAAR_CAPTURE_ON: "" })).toEqual({})
  })

  it("registers no Payment module without a Stripe key (Medusa's default, pay on delivery only)", () => {
    expect(paymentsModules({})).toEqual([])
    expect(paymentsModules({ captureOn: "placement" })).toEqual([])
  })

  it("registers Medusa's Payment module with Bazaar's Stripe provider as `stripe` when a key is set", () => {
    expect(paymentsModules({ stripe: { ...stripe, apiUrl: "http://localhost:4020" }, webhookDelayMs: 5 })).toEqual([
      {
        key: "payment",
        resolve: "@medusajs/medusa/payment",
        options: {
          webhook_delay: 5,
          providers: [
            {
              resolve: "./src/providers/stripe",
              id: "stripe",
              options: { apiKey: "sk_test_abc", webhookSecret: "whsec_abc", apiUrl: "http://localhost:4020" },
            },
          ],
        },
      },
    ])
  })

  it("refuses to register a misconfigured provider", () => {
    expect(() => paymentsModules({ stripe: { apiKey: "sk_test_1" } })).toThrow("webhookSecret is required")
  })
})
