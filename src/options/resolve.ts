import { MedusaError } from "@medusajs/framework/utils"
import type { BazaarOptions, ResolvedBazaarOptions } from "./types"
import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_STOREFRONT_URL } from "./types"
import { resolveDealOptions } from "./deals"
import { resolveOtpOptions } from "./otp"
import { resolveIdempotencyOptions } from "./idempotency"
import { resolveInvoiceOptions } from "./invoices"
import { resolveMessageOptions } from "./messages"
import { resolvePaymentOptions } from "./payments"
import { resolveSellerAdminOptions } from "./seller-admin"

function absoluteHttpUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option ${name} must be an absolute http(s) URL (got "${value}")`
    )
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option ${name} must use http or https (got "${url.protocol}")`
    )
  }
  return value.replace(/\/+$/, "")
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option ${name} must be a positive whole number (got ${value})`
    )
  }
  return value
}

/** Fills defaults and rejects invalid plugin options with a message naming the option. */
export function resolveBazaarOptions(
  options: BazaarOptions = {}
): ResolvedBazaarOptions {
  return {
    storefrontUrl: absoluteHttpUrl(
      "storefrontUrl",
      options.storefrontUrl ?? DEFAULT_STOREFRONT_URL
    ),
    otp: resolveOtpOptions(options.otp),
    requireSellerApproval: options.requireSellerApproval ?? false,
    maxImageBytes: positiveInteger("maxImageBytes", options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES),
    bol: { allowCustomUrls: options.bol?.allowCustomUrls ?? process.env.NODE_ENV !== "production" },
    idempotency: resolveIdempotencyOptions(options.idempotency),
    payments: resolvePaymentOptions(options.payments),
    invoices: resolveInvoiceOptions(options.invoices),
    messages: resolveMessageOptions(options.messages),
    deals: resolveDealOptions(options.deals),
    sellerAdmin: resolveSellerAdminOptions(options.sellerAdmin),
  }
}
