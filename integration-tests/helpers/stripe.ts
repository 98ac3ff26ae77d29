import { startStripeFake, type StripeFake } from "../../tools/stripe-fake/server"
import { setEnv } from "./env"

/**
 * Starts tools/stripe-fake before the app boots and points Bazaar's Stripe
 * provider at it (call before medusaIntegrationTestRunner). Webhooks go to
 * the app once `pointWebhooksAt(baseUrl)` is called (the app's port is known
 * only after it booted). Medusa's webhook delay is 1 ms instead of 5 s.
 */
export function useStripeFake(extraEnv: Record<string, string> = {}): { current: () => StripeFake } {
  let fake: StripeFake | undefined
  let restore = () => {}
  beforeAll(async () => {
    fake = await startStripeFake()
    const vars: Record<string, string> = {
      STRIPE_API_KEY: fake.secretKey,
      STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
      STRIPE_PUBLISHABLE_KEY: fake.publishableKey,
      STRIPE_API_URL: fake.url,
      BAZAAR_PAYMENT_WEBHOOK_DELAY_MS: "1",
      ...extraEnv,
    }
    restore = setEnv(vars)
  })
  afterAll(async () => {
    restore()
    await fake?.stop()
  })
  return { current: () => fake! }
}

export function pointWebhooksAt(fake: StripeFake, baseUrl: string) {
  fake.setWebhookEndpoint(`${baseUrl.replace(/\/$/, "")}/hooks/payment/stripe_stripe`)
}

/**
 * Confirms a PaymentIntent as Stripe.js does in the buyer's browser: the
 * publishable key and the client secret, no secret key.
 */
export async function confirmAsStripeJs(
  fake: StripeFake,
  payment: { payment_intent_id: string; client_secret: string; publishable_key: string },
  paymentMethod: string
): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${fake.url}/v1/payment_intents/${payment.payment_intent_id}/confirm`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      payment_method: paymentMethod,
      client_secret: payment.client_secret,
      key: payment.publishable_key,
    }).toString(),
  })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}
