/** How the backend answered for a handle, as far as the storefront server needs it. */
export type ShopLookup =
  | { kind: "found"; shop: PreviewShop; catalog: PreviewCatalog | null; catalogBytes: number }
  | { kind: "moved"; handle: string }
  | { kind: "missing" }
  /** The backend was slow, down or answered something else: serve the plain app shell. */
  | { kind: "unavailable"; reason: string }

export type PreviewShop = { name: string; handle: string; link: string; address: { city: string; country_code: string } }
export type PreviewProduct = { id: string; title: string; description: string | null; image_url: string | null }
export type PreviewCatalog = { categories: { name: string; products: PreviewProduct[] }[] }

type Backend = { backendUrl: string; publishableKey: string; timeoutMs: number }

async function getJson(backend: Backend, path: string, signal: AbortSignal): Promise<{ status: number; body: any; bytes: number }> {
  const response = await fetch(`${backend.backendUrl}${path}`, {
    headers: { "x-publishable-api-key": backend.publishableKey, accept: "application/json" },
    signal,
  })
  if (!response.ok) return { status: response.status, body: null, bytes: 0 }
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text), bytes: text.length }
}

/**
 * Asks the Store API for the shop at `handle` and its catalog at the same
 * time, both with the marketplace's publishable key, within `timeoutMs`.
 * A missing catalog still gives the shop (a preview without image).
 */
export async function lookUpShop(backend: Backend, handle: string): Promise<ShopLookup> {
  const signal = AbortSignal.timeout(backend.timeoutMs)
  const path = `/store/shops/${encodeURIComponent(handle)}`
  const catalogRead = getJson(backend, `${path}/catalog`, signal).catch(() => null)
  try {
    const { status, body } = await getJson(backend, path, signal)
    if (status === 404) return { kind: "missing" }
    if (status !== 200 || !body?.shop) return { kind: "unavailable", reason: `the backend answered ${status}` }
    const shop = body.shop as PreviewShop
    if (shop.handle !== handle) return { kind: "moved", handle: shop.handle }
    const catalog = await catalogRead
    const ok = catalog?.status === 200
    return { kind: "found", shop, catalog: ok ? (catalog.body as PreviewCatalog) : null, catalogBytes: ok ? catalog.bytes : 0 }
  } catch (error) {
    return { kind: "unavailable", reason: (error as Error).name === "TimeoutError" ? "the backend did not answer in time" : (error as Error).message }
  }
}
