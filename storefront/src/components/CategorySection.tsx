import { useState } from "preact/hooks"
import type { CatalogProduct } from "../types"
import { ProductCard } from "./ProductCard"

/** How many products of a category are on the page at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 24

export function CategorySection({ id, name, products }: { id: string; name: string; products: CatalogProduct[] }) {
  const [shown, setShown] = useState(PAGE_SIZE)
  const headingId = `c-${id}`
  const left = products.length - shown
  return (
    <section class="category" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <div class="grid">
        {products.slice(0, shown).map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </div>
      {left > 0 && (
        <button type="button" class="secondary more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show more <span class="muted">({left} more)</span>
        </button>
      )}
    </section>
  )
}
