import { useEffect, useState } from "preact/hooks"
import { messageOf } from "../api"
import { Alert } from "../components/Alert"
import { historyState, Link } from "../router"
import { useSession } from "../session"
import type { Order } from "../types"
import type { PlacedState } from "./CheckoutPage"

/** Where the order is, in the buyer's words, from Medusa's order and fulfillment status. */
export function orderStatus(order: Order): string {
  if (order.status === "canceled") return "Canceled"
  switch (order.fulfillment_status) {
    case "delivered":
    case "partially_delivered":
      return "Delivered"
    case "shipped":
    case "partially_shipped":
      return "On its way"
    case "fulfilled":
    case "partially_fulfilled":
      return "Packed by the shop"
    default:
      return "Placed: the shop will pack it soon"
  }
}

export function OrderPage({ orderId }: { orderId: string }) {
  const { shop, api, money } = useSession()
  // "Thank you" only on arrival from checkout: a reload or a later visit shows the order's number
  const [placed] = useState(() => historyState<PlacedState>()?.placed === true)
  useEffect(() => {
    if (placed) history.replaceState(null, "")
  }, [placed])
  const [order, setOrder] = useState<Order | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api.order(orderId).then(({ order }) => setOrder(order), (failure) => setError(messageOf(failure)))
  }, [api, orderId])
  useEffect(() => {
    document.title = `${order ? `Order #${order.display_id}` : "Your order"} · ${shop.name}`
  }, [order, shop])

  if (!order) {
    return (
      <main class="page narrow">
        <h1>{placed ? "Thank you for your order" : "Your order"}</h1>
        <Alert message={error} />
        {!error && <p class="muted">Loading your order…</p>}
      </main>
    )
  }
  const moneyOf = (amount: number) => money(amount, order.currency_code)
  return (
    <main class="page narrow">
      <h1>{placed ? "Thank you for your order" : `Order #${order.display_id}`}</h1>
      {placed && <p>Order #{order.display_id} is placed. Keep this page: come back to it to see where your order is.</p>}
      <p>
        Status: <strong data-testid="order-status">{orderStatus(order)}</strong>
      </p>
      <ul class="lines">
        {order.items.map((item) => (
          <li key={item.id} class="line">
            {item.thumbnail ? <img src={item.thumbnail} alt={item.title} width={64} height={64} loading="lazy" /> : <div class="no-image small" />}
            <div class="line-main">
              <p class="line-title">{item.product_title || item.title}</p>
              <p class="muted">
                {item.quantity} × {moneyOf(item.unit_price)}
              </p>
            </div>
            <p class="line-total">{moneyOf(item.total)}</p>
          </li>
        ))}
      </ul>
      <dl class="totals">
        {order.shipping_total !== undefined && (
          <>
            <dt>Delivery</dt>
            <dd>{order.shipping_total ? moneyOf(order.shipping_total) : "Free"}</dd>
          </>
        )}
        <dt class="total">Total</dt>
        <dd class="total">{moneyOf(order.total)}</dd>
      </dl>
      <p>
        <Link href={`/${shop.handle}`}>Back to {shop.name}</Link>
      </p>
    </main>
  )
}
