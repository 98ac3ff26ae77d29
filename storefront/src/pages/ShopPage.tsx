import { useEffect, useMemo, useState } from "preact/hooks"
import { Alert } from "../components/Alert"
import { CategorySection } from "../components/CategorySection"
import { Deals } from "../components/Deals"
import { useSession } from "../session"
import type { CatalogCategory } from "../types"

/** The categories with only the products whose title holds every word of `query`, in the API's order. */
function matching(categories: CatalogCategory[], query: string): CatalogCategory[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return categories
  return categories
    .map((category) => ({
      ...category,
      products: category.products.filter((product) => {
        const title = product.title.toLocaleLowerCase()
        return words.every((word) => title.includes(word))
      }),
    }))
    .filter((category) => category.products.length)
}

export function ShopPage() {
  const { shop, catalog, catalogError, loadCatalog } = useSession()
  const [query, setQuery] = useState("")
  useEffect(() => {
    document.title = shop.name
    loadCatalog()
  }, [shop])
  const categories = useMemo(() => (catalog ? matching(catalog.categories, query) : []), [catalog, query])
  const { address } = shop

  return (
    <main class="page">
      <div class="shop-intro">
        <h1>{shop.name}</h1>
        <p class="muted">
          {address.line}, {address.city} {address.postal_code}
        </p>
        {address.phone && (
          <p>
            <a href={`tel:${address.phone}`}>{address.phone}</a>
          </p>
        )}
      </div>
      <Deals />
      <div class="search">
        <input
          type="search"
          aria-label="Search this shop"
          placeholder="Search this shop"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <Alert message={catalogError} />
      <section aria-label="Catalog" data-state={catalog ? "ready" : "loading"} aria-busy={!catalog}>
        {!catalog && !catalogError && <p class="muted">Loading products…</p>}
        {catalog && !catalog.categories.length && <p>This shop has no products yet.</p>}
        {catalog && query && !categories.length && <p role="status">No products match “{query}”.</p>}
        {categories.map((category) => (
          <CategorySection key={category.id} id={category.id} name={category.name} products={category.products} />
        ))}
      </section>
    </main>
  )
}
