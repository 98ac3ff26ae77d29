import { MedusaError } from "@medusajs/framework/utils"
import type { BazaarOptions, ResolvedBazaarOptions } from "./types"
import { DEFAULT_STOREFRONT_URL } from "./types"
import { resolveOtpOptions } from "./otp"

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
  }
}
