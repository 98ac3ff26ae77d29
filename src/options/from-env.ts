import type { BazaarOptions } from "./types"

/** Plugin options for app mode, read from BAZAAR_* environment variables. */
export function bazaarOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env
): BazaarOptions {
  const options: BazaarOptions = {}
  if (env.BAZAAR_STOREFRONT_URL) {
    options.storefrontUrl = env.BAZAAR_STOREFRONT_URL
  }
  return options
}
