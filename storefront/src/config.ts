import type { Catalog, Shop } from "./types"

/** The shop (and, when small, its catalog) the storefront server read for the page's link preview. */
export type PagePreload = { handle: string; shop: Shop; catalog: Catalog | null }

/**
 * What the storefront server writes into the page: where the Store API is, the marketplace's publishable key,
 * where Stripe.js is and Stripe's publishable key (card payment: none, no card), and a preload.
 */
export type StorefrontConfig = {
  backendUrl: string
  publishableKey: string
  stripeJsUrl?: string
  stripePublishableKey?: string
  preload?: PagePreload
}

declare global {
  interface Window {
    __BAZAAR__?: StorefrontConfig
  }
}

export const config: StorefrontConfig = window.__BAZAAR__ ?? { backendUrl: "http://localhost:9000", publishableKey: "" }

/** The preloaded shop of `handle`, once: later visits ask the API, so that they see changes. */
export function takePreload(handle: string): PagePreload | null {
  const preload = config.preload
  if (!preload || preload.handle !== handle) return null
  config.preload = undefined
  return preload
}
