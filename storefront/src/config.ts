/** What the storefront server writes into the page: where the Store API is, and the marketplace's publishable key. */
export type StorefrontConfig = { backendUrl: string; publishableKey: string }

declare global {
  interface Window {
    __BAZAAR__?: StorefrontConfig
  }
}

export const config: StorefrontConfig = window.__BAZAAR__ ?? { backendUrl: "http://localhost:9000", publishableKey: "" }
