import { createRequire } from "module"
import { MedusaError } from "@medusajs/framework/utils"
// @medusajs/payment-stripe exports only its ModuleProvider: the provider class to extend lives in dist/
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export type BazaarStripeOptions = StripeOptions & {
  /**
   * Stripe's API origin, e.g. `http://localhost:4020` for tools/stripe-fake.
   * Unset: the real `https://api.stripe.com`.
   */
  apiUrl?: string
}

/** The `stripe` SDK that Medusa's provider itself loads (its own pinned version, not the app's). */
function medusaStripeSdk(): unknown {
  const fromProvider = createRequire(require.resolve("@medusajs/payment-stripe"))
  const sdk = fromProvider("stripe") as { default?: unknown }
  return sdk.default ?? sdk
}

/** Host, port and protocol for the Stripe SDK from an origin such as `http://localhost:4020`. */
export function stripeConnection(apiUrl: string): { host: string; port: number; protocol: "http" | "https" } {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Stripe option apiUrl must be a URL such as https://api.stripe.com (got "${apiUrl}")`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Stripe option apiUrl must start with http:// or https:// (got "${apiUrl}")`)
  }
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol }
}

/**
 * Medusa's Stripe provider (`pp_stripe_stripe`), whose client can be pointed
 * at another Stripe-compatible origin (`apiUrl`): tools/stripe-fake in
 * development and tests. Without `apiUrl` it is Medusa's provider unchanged.
 */
export default class BazaarStripeProviderService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  static validateOptions(options: BazaarStripeOptions): void {
    super.validateOptions(options)
    if (options.apiUrl !== undefined) stripeConnection(options.apiUrl)
  }

  constructor(cradle: Record<string, unknown>, options: BazaarStripeOptions) {
    super(cradle, options)
    if (options.apiUrl) {
      // the same SDK (and pinned API version) as Medusa's provider, only another origin
      const medusaClient = this.stripe_
      const StripeClient = medusaStripeSdk() as new (key: string, config: Record<string, unknown>) => typeof medusaClient
      this.stripe_ = new StripeClient(options.apiKey, stripeConnection(options.apiUrl))
    }
  }

  /**
   * Medusa's provider retries a connection or rate-limit error by sleeping
   * 1 + 2 + 4 s inside the buyer's request. Bazaar answers at once instead
   * (checkout: 503, the cart unchanged) and leaves the retry to the caller,
   * whose Idempotency-Key makes it safe, and to the reconcile job.
   */
  override async executeWithRetry<T>(apiCall: () => Promise<T>) {
    return super.executeWithRetry(apiCall, 0)
  }
}
