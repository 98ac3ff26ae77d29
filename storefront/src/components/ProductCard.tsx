import { Link } from "../router"
import { useSession } from "../session"
import type { CatalogProduct } from "../types"
import { Price } from "./Price"

export function ProductCard({ product }: { product: CatalogProduct }) {
  const { shop, addToCart } = useSession()
  const titleId = `p-${product.id}`
  return (
    <article class="card" aria-labelledby={titleId}>
      {product.image_url ? (
        <img src={product.image_url} alt={product.title} loading="lazy" decoding="async" width={320} height={320} />
      ) : (
        <div class="no-image" />
      )}
      <h3 id={titleId}>
        <Link href={`/${shop.handle}/products/${product.id}`}>{product.title}</Link>
      </h3>
      <Price price={product.sale_price} mrp={product.mrp} currencyCode={product.currency_code} />
      <button type="button" onClick={() => addToCart(product.id, product.title)}>
        Add to cart
      </button>
    </article>
  )
}
