import { useEffect, useState } from "preact/hooks"
import { ApiError, messageOf } from "./api"
import { Alert } from "./components/Alert"
import { Layout } from "./components/Layout"
import { CartPage } from "./pages/CartPage"
import { CheckoutPage } from "./pages/CheckoutPage"
import { ShopNotFoundPage } from "./pages/NotFoundPage"
import { OrderPage } from "./pages/OrderPage"
import { ProductPage } from "./pages/ProductPage"
import { ShopPage } from "./pages/ShopPage"
import { Link, navigate } from "./router"
import { SessionProvider } from "./session"
import { fetchShop } from "./shop-api"
import { takePreload } from "./config"
import type { Catalog, Shop } from "./types"

type Lookup = { state: "loading" } | { state: "found"; shop: Shop } | { state: "missing" } | { state: "failed"; message: string }

// shops already looked up, by the handle asked for (a former handle maps to its shop too)
const shops = new Map<string, Shop>()
// the catalog that came with the page, for its shop's first render
const preloadedCatalogs = new Map<string, Catalog>()

function adoptPreload(handle: string) {
  const preload = takePreload(handle)
  if (preload) {
    shops.set(handle, preload.shop)
    if (preload.catalog) preloadedCatalogs.set(handle, preload.catalog)
  }
}

/** The pages under one shop's link: `rest` is the path after `/<handle>`. */
export function ShopRoutes({ handle, rest }: { handle: string; rest: string[] }) {
  adoptPreload(handle)
  const known = shops.get(handle)
  const [lookup, setLookup] = useState<Lookup>(known ? { state: "found", shop: known } : { state: "loading" })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (lookup.state === "found") return
    let current = true
    fetchShop(handle).then(
      ({ shop }) => {
        shops.set(handle, shop)
        shops.set(shop.handle, shop)
        if (!current) return
        if (shop.handle !== handle) {
          const suffix = location.pathname.split("/").slice(2).join("/")
          navigate(`/${shop.handle}${suffix ? `/${suffix}` : ""}${location.search}`, { replace: true, state: history.state })
        } else {
          setLookup({ state: "found", shop })
        }
      },
      (error) => current && setLookup(error instanceof ApiError && error.status === 404 ? { state: "missing" } : { state: "failed", message: messageOf(error) })
    )
    return () => {
      current = false
    }
  }, [handle, attempt])

  if (lookup.state === "missing") return <ShopNotFoundPage />
  if (lookup.state === "failed") {
    return (
      <main class="page narrow">
        <h1>This shop could not be opened</h1>
        <Alert message={lookup.message} />
        <button type="button" onClick={() => (setLookup({ state: "loading" }), setAttempt(attempt + 1))}>
          Try again
        </button>
      </main>
    )
  }
  if (lookup.state === "loading") {
    return (
      <main class="page" aria-busy="true">
        <p class="muted">Opening the shop…</p>
      </main>
    )
  }
  return (
    <SessionProvider shop={lookup.shop} preloadedCatalog={preloadedCatalogs.get(lookup.shop.handle) ?? null}>
      <Layout>
        <ShopPageFor shop={lookup.shop} rest={rest} />
      </Layout>
    </SessionProvider>
  )
}

function ShopPageFor({ shop, rest }: { shop: Shop; rest: string[] }) {
  const [page, id] = rest
  if (!page) return <ShopPage />
  if (page === "cart" && !id) return <CartPage />
  if (page === "checkout" && !id) return <CheckoutPage />
  if (page === "products" && id && rest.length === 2) return <ProductPage productId={id} />
  if (page === "orders" && id && rest.length === 2) return <OrderPage orderId={id} />
  return (
    <main class="page narrow">
      <h1>Page not found</h1>
      <p>
        There is no such page in this shop. <Link href={`/${shop.handle}`}>Go to {shop.name}</Link>
      </p>
    </main>
  )
}
