import { useEffect, useState } from "preact/hooks"
import { Link } from "../router"
import { useSession } from "../session"
import type { CartItem } from "../types"

function CartLine({ item }: { item: CartItem }) {
  const { money, setQuantity, removeLine } = useSession()
  const [typed, setTyped] = useState(String(item.quantity))
  useEffect(() => setTyped(String(item.quantity)), [item.quantity])
  const commit = () => {
    const quantity = Math.floor(Number(typed))
    if (Number.isFinite(quantity) && quantity >= 0 && quantity !== item.quantity) setQuantity(item.id, quantity)
    else setTyped(String(item.quantity))
  }
  const inputId = `q-${item.id}`
  return (
    <li class="line">
      {item.image_url ? <img src={item.image_url} alt={item.title} width={64} height={64} loading="lazy" /> : <div class="no-image small" />}
      <div class="line-main">
        <p class="line-title">{item.title}</p>
        <p class="muted">
          {money(item.unit_price)}
          {item.mrp > item.unit_price && (
            <>
              {" "}
              <s>
                <span class="sr-only">MRP </span>
                {money(item.mrp)}
              </s>
            </>
          )}
        </p>
        <div class="stepper">
          {/* named by their content, not aria-label: a search by label for "Quantity of …" finds the input alone */}
          <button type="button" class="secondary" onClick={() => setQuantity(item.id, item.quantity - 1)}>
            <span aria-hidden="true">−</span>
            <span class="sr-only">Decrease quantity of {item.title}</span>
          </button>
          <input
            id={inputId}
            type="number"
            min={0}
            max={1000}
            inputMode="numeric"
            aria-label={`Quantity of ${item.title}`}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onChange={commit}
            onKeyDown={(event) => event.key === "Enter" && commit()}
          />
          <button type="button" class="secondary" onClick={() => setQuantity(item.id, item.quantity + 1)}>
            <span aria-hidden="true">+</span>
            <span class="sr-only">Increase quantity of {item.title}</span>
          </button>
          <button type="button" class="link" aria-label={`Remove ${item.title}`} onClick={() => removeLine(item.id)}>
            Remove
          </button>
        </div>
      </div>
      <p class="line-total">{money(item.total)}</p>
    </li>
  )
}

export function CartPage() {
  const { shop, cart, cartLoaded, money } = useSession()
  useEffect(() => {
    document.title = `Cart · ${shop.name}`
  }, [shop])
  const items = cart?.items ?? []
  return (
    <main class="page narrow">
      <h1>Cart</h1>
      {!cartLoaded ? (
        <p class="muted">Loading your cart…</p>
      ) : !items.length ? (
        <p>
          Your cart is empty. <Link href={`/${shop.handle}`}>Continue shopping</Link>
        </p>
      ) : (
        <>
          <ul class="lines">
            {items.map((item) => (
              <CartLine key={item.id} item={item} />
            ))}
          </ul>
          <dl class="totals">
            <dt>Items</dt>
            <dd>{money(cart!.item_total)}</dd>
            <dt>Delivery</dt>
            <dd>{cart!.shipping_total ? money(cart!.shipping_total) : "At checkout"}</dd>
            {cart!.tax_total > 0 && (
              <>
                <dt>Tax</dt>
                <dd>{money(cart!.tax_total)}</dd>
              </>
            )}
            <dt class="total">Total</dt>
            <dd class="total" data-testid="cart-total">
              {money(cart!.total)}
            </dd>
          </dl>
          <Link href={`/${shop.handle}/checkout`} class="button block">
            Checkout
          </Link>
        </>
      )}
    </main>
  )
}
