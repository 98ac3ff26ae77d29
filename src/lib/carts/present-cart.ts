/** The fields of a cart that a shop's buyer sees; totals are computed by Medusa. */
export const SHOP_CART_FIELDS = [
  "id",
  "sales_channel_id",
  "customer_id",
  "email",
  "currency_code",
  "completed_at",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.compare_at_unit_price",
  "items.subtotal",
  "items.total",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "total",
]

/** A cart line as `SHOP_CART_FIELDS` reads it; amounts are Medusa's BigNumber values. */
type ShopCartItemRow = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  title: string
  product_title?: string | null
  thumbnail?: string | null
  quantity: unknown
  unit_price: unknown
  compare_at_unit_price?: unknown
  total: unknown
}

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** A shop cart as the Store API answers it. */
export function presentCart(cart: Record<string, any>, shop: { id: string; handle: string }) {
  return {
    id: cart.id,
    shop: { id: shop.id, handle: shop.handle },
    currency_code: cart.currency_code,
    customer_id: cart.customer_id ?? null,
    completed_at: cart.completed_at ?? null,
    items: ((cart.items ?? []) as ShopCartItemRow[])
      .map((item) => ({
        id: item.id,
        product_id: item.product_id,
        variant_id: item.variant_id,
        title: item.product_title ?? item.title,
        image_url: item.thumbnail ?? null,
        quantity: Number(item.quantity),
        unit_price: amount(item.unit_price),
        mrp: amount(item.compare_at_unit_price ?? item.unit_price),
        total: amount(item.total),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    item_total: amount(cart.item_subtotal),
    shipping_total: amount(cart.shipping_total),
    tax_total: amount(cart.tax_total),
    total: amount(cart.total),
  }
}
