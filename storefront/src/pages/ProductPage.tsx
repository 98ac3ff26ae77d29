import { useEffect, useState } from "preact/hooks"
import { Alert } from "../components/Alert"
import { Price } from "../components/Price"
import { Link } from "../router"
import { useSession } from "../session"

export function ProductPage({ productId }: { productId: string }) {
  const { shop, catalog, catalogError, loadCatalog, addToCart } = useSession()
  const [quantity, setQuantity] = useState(1)
  useEffect(loadCatalog, [shop])
  const product = catalog?.categories.flatMap((category) => category.products).find((p) => p.id === productId)
  useEffect(() => {
    document.title = product ? `${product.title} · ${shop.name}` : shop.name
  }, [product, shop])

  if (!catalog) {
    return (
      <main class="page narrow">
        <Alert message={catalogError} />
        {!catalogError && <p class="muted">Loading…</p>}
      </main>
    )
  }
  if (!product) {
    return (
      <main class="page narrow">
        <h1>Product not found</h1>
        <p>
          This product is not sold here any more. <Link href={`/${shop.handle}`}>See what {shop.name} sells</Link>.
        </p>
      </main>
    )
  }

  const add = (event: Event) => {
    event.preventDefault()
    addToCart(product.id, product.title, quantity)
  }
  return (
    <main class="page narrow product">
      {product.image_url ? (
        <img src={product.image_url} alt={product.title} width={600} height={600} />
      ) : (
        <div class="no-image" />
      )}
      <h1>{product.title}</h1>
      <Price price={product.sale_price} mrp={product.mrp} currencyCode={product.currency_code} />
      {product.description && <p>{product.description}</p>}
      <form class="row" onSubmit={add}>
        <label for="quantity">Quantity</label>
        <input
          id="quantity"
          type="number"
          min={1}
          max={1000}
          inputMode="numeric"
          value={quantity}
          onInput={(event) => setQuantity(Math.max(1, Math.floor(Number(event.currentTarget.value)) || 1))}
        />
        <button type="submit">Add to cart</button>
      </form>
    </main>
  )
}
