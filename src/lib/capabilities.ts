import type { ResolvedBazaarOptions } from "../options/types"

export type Capability = {
  id: string
  label: string
  enabled: boolean
  detail?: string
}

/**
 * The features this build of Bazaar ships, and whether the options enable
 * each one. Every feature adds its entry here so that the store info route
 * and the admin settings page report it.
 */
export function listCapabilities(options: ResolvedBazaarOptions): Capability[] {
  return [
    {
      id: "sellers",
      label: "Sellers and shops",
      enabled: true,
      detail: options.requireSellerApproval ? "new sellers wait for approval" : "open sign-up",
    },
    {
      id: "phone-otp",
      label: "Phone + OTP login",
      enabled: options.otp.enabled,
      detail: options.otp.enabled ? `SMS via ${options.otp.sms.provider}` : undefined,
    },
    {
      // Always on: the bol module is registered with every install (app and plugin mode);
      // the options only decide which API URLs an account may use.
      id: "bol",
      label: "bol.com connector",
      enabled: true,
      detail: options.bol.allowCustomUrls
        ? "accounts may use other API URLs (simulator, demo)"
        : "bol.com's API URLs only",
    },
    { id: "api-reference", label: "API reference (OpenAPI 3.1)", enabled: true, detail: "/docs, /docs/openapi.json" },
    {
      id: "idempotency",
      label: "Idempotency-Key on writes",
      enabled: true,
      detail: idempotencyDetail(options.idempotency),
    },
    {
      // The cache itself needs Medusa's Caching module; without it every answer is computed (ETags still work).
      id: "catalog-cache",
      label: "Cached shop and catalog answers",
      enabled: true,
      detail: "ETag and 304 on GET /store/shops/:handle and its catalog",
    },
    {
      // Stripe's webhook secret is what Bazaar itself needs of Stripe (a plugin install registers the provider).
      id: "card-payments",
      label: "Card payments through Stripe",
      enabled: Boolean(options.payments.webhookSecret),
      detail: `captured on ${CAPTURE_STEP[options.payments.captureOn]}; pay on delivery always offered`,
    },
    {
      id: "invoices",
      label: "Invoices and credit notes (PDF)",
      enabled: true,
      detail: `numbered per shop and year in ${options.invoices.timeZone}`,
    },
    {
      id: "messages",
      label: "Order messages (email, SMS)",
      enabled: true,
      detail: options.messages.sms ? "email, and SMS for buyers without email" : "email",
    },
    { id: "reconcile", label: "Order pipeline reconciliation", enabled: true, detail: "every 10 minutes; Order pipeline page" },
    {
      id: "lightning-deals",
      label: "Lightning deals",
      enabled: true,
      detail: `claims held ${options.deals.claimMinutes} min, waitlist offers ${options.deals.waitlistOfferMinutes} min, orders approved within ${options.deals.approvalWindowHours} h; refreshed at 00:00 UTC`,
    },
  ]
}

const CAPTURE_STEP = { placement: "placement", accept: "the seller's accept", ship: "shipping" } as const

function idempotencyDetail({ ttlHours, requiredFor }: ResolvedBazaarOptions["idempotency"]): string {
  const kept = `answers kept ${ttlHours} h`
  return requiredFor.length ? `${kept}; required on ${requiredFor.join(", ")}` : kept
}
