import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ModuleEntry } from "./infrastructure"

/** When an order's card payment is captured (the authorization is taken at checkout). */
export type CaptureOn = "placement" | "accept" | "ship"

export const CAPTURE_ON_VALUES: readonly CaptureOn[] = ["placement", "accept", "ship"]

/** Default: the seller's accept captures, so a refused order never charges the card. */
export const DEFAULT_CAPTURE_ON: CaptureOn = "accept"

/** Medusa's Stripe provider registered as `stripe`: its payment provider id. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export type StripeSettings = {
  /** Secret key (`sk_live_…`/`sk_test_…`). Without it no Stripe provider is registered. */
  apiKey?: string
  /** The webhook endpoint's signing secret (`whsec_…`). */
  webhookSecret?: string
  /** Publishable key (`pk_…`), handed to the storefront for Stripe.js. */
  publishableKey?: string
  /** Stripe's API origin; only for tools/stripe-fake (default: the real Stripe). */
  apiUrl?: string
}

export type PaymentOptions = {
  /** When the card payment is captured: `placement`, the seller's `accept` (default) or `ship`. */
  captureOn?: CaptureOn
  /**
   * Stripe's keys. App mode registers the provider from them; a plugin install
   * registers `@medusajs/payment-stripe` itself and gives Bazaar the same
   * `webhookSecret` (Stripe event ids are deduplicated after the signature is
   * checked) and `publishableKey` (handed to storefronts).
   */
  stripe?: StripeSettings
  /** Delay before Medusa processes a payment webhook, in ms (Medusa's default 5000). */
  webhookDelayMs?: number
}

export type ResolvedPaymentOptions = {
  captureOn: CaptureOn
  /** Handed to storefronts with a card checkout's client secret; not a secret. */
  publishableKey?: string
  /** Verifies `Stripe-Signature` before a Stripe event id is recorded (never shown anywhere). */
  webhookSecret?: string
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option payments.${message}`)
}

function checkStripe(stripe: StripeSettings): void {
  if (stripe.apiKey !== undefined && !/^(sk|rk)_(test|live)_/.test(stripe.apiKey)) {
    invalid("stripe.apiKey must be a Stripe secret key starting with sk_test_, sk_live_, rk_test_ or rk_live_ (got a value that does not)")
  }
  if (stripe.apiKey && !stripe.webhookSecret) {
    invalid("stripe.webhookSecret is required with stripe.apiKey: without it Stripe's webhooks cannot be verified (set STRIPE_WEBHOOK_SECRET to the endpoint's whsec_… secret)")
  }
  if (stripe.webhookSecret !== undefined && !stripe.webhookSecret.startsWith("whsec_")) {
    invalid("stripe.webhookSecret must be a webhook signing secret starting with whsec_ (got a value that does not)")
  }
  if (stripe.publishableKey !== undefined && !/^pk_(test|live)_/.test(stripe.publishableKey)) {
    invalid(`stripe.publishableKey must start with pk_test_ or pk_live_ (got "${stripe.publishableKey}")`)
  }
  if (stripe.apiUrl !== undefined) {
    let url: URL | undefined
    try {
      url = new URL(stripe.apiUrl)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      invalid(`stripe.apiUrl must be an http(s) URL such as http://localhost:4020 (got "${stripe.apiUrl}")`)
    }
  }
}

/** Fills defaults and rejects invalid payments options with a message naming the option. */
export function resolvePaymentOptions(options: PaymentOptions = {}): ResolvedPaymentOptions {
  const captureOn = options.captureOn ?? DEFAULT_CAPTURE_ON
  if (!CAPTURE_ON_VALUES.includes(captureOn)) {
    invalid(`captureOn must be one of ${CAPTURE_ON_VALUES.join(", ")} (got "${String(captureOn)}")`)
  }
  if (options.webhookDelayMs !== undefined && (!Number.isInteger(options.webhookDelayMs) || options.webhookDelayMs < 1)) {
    invalid(`webhookDelayMs must be a whole number of milliseconds ≥ 1 (got ${options.webhookDelayMs})`)
  }
  if (options.stripe) checkStripe(options.stripe)
  return {
    captureOn,
    ...(options.stripe?.publishableKey ? { publishableKey: options.stripe.publishableKey } : {}),
    ...(options.stripe?.webhookSecret ? { webhookSecret: options.stripe.webhookSecret } : {}),
  }
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim()
}

/** The payments options of app mode, read from the environment. */
export function paymentsOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PaymentOptions {
  const options: PaymentOptions = {}
  const captureOn = blankToUndefined(env.BAZAAR_CAPTURE_ON)
  if (captureOn) options.captureOn = captureOn as CaptureOn
  const delay = blankToUndefined(env.BAZAAR_PAYMENT_WEBHOOK_DELAY_MS)
  if (delay) options.webhookDelayMs = Number(delay)
  const stripe: StripeSettings = {
    apiKey: blankToUndefined(env.STRIPE_API_KEY),
    webhookSecret: blankToUndefined(env.STRIPE_WEBHOOK_SECRET),
    publishableKey: blankToUndefined(env.STRIPE_PUBLISHABLE_KEY),
    apiUrl: blankToUndefined(env.STRIPE_API_URL),
  }
  const given = Object.fromEntries(Object.entries(stripe).filter(([, value]) => value !== undefined)) as StripeSettings
  if (Object.keys(given).length) options.stripe = given
  return options
}

/**
 * App mode: Medusa's Payment module with Bazaar's Stripe provider (`pp_stripe_stripe`)
 * when a Stripe key is set. The system provider (`pp_system_default`, pay on
 * delivery) is always there; without a key nothing is registered and Medusa's
 * default Payment module stays.
 */
export function paymentsModules(options: PaymentOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  resolvePaymentOptions(options)
  const stripe = options.stripe
  if (!stripe?.apiKey) return []
  return [
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        ...(options.webhookDelayMs ? { webhook_delay: options.webhookDelayMs } : {}),
        providers: [
          {
            resolve: "./src/providers/stripe",
            id: "stripe",
            options: {
              apiKey: stripe.apiKey,
              webhookSecret: stripe.webhookSecret,
              ...(stripe.apiUrl ? { apiUrl: stripe.apiUrl } : {}),
            },
          },
        ],
      },
    },
  ]
}
