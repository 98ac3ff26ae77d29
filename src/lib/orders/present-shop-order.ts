import { activeFulfillment, shopOrderState } from "./shop-order-state"

export const SHOP_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "sales_channel_id",
  "created_at",
  "email",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "customer.id",
  "customer.phone",
  "shipping_address.*",
  "items.id",
  "items.product_id",
  "items.title",
  "items.product_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "fulfillments.id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

type ShopOrderAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

type ShopOrderItem = {
  id: string
  product_id?: string | null
  title: string
  product_title?: string | null
  thumbnail?: string | null
  quantity: unknown
  unit_price: unknown
  total: unknown
}

type ShopOrderFulfillment = {
  id: string
  packed_at?: unknown
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
}

/** An order as `SHOP_ORDER_FIELDS` reads it; amounts are Medusa's BigNumber values. */
export type ShopOrderRow = {
  id: string
  display_id: number
  status: string
  sales_channel_id?: string | null
  created_at: Date | string
  email?: string | null
  currency_code: string
  item_total: unknown
  shipping_total: unknown
  total: unknown
  customer?: { id: string; phone?: string | null } | null
  shipping_address?: ShopOrderAddress | null
  items?: ShopOrderItem[] | null
  fulfillments?: ShopOrderFulfillment[] | null
}

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** An order as the shop's seller handles it. */
export function presentShopOrder(record: Record<string, any>) {
  const order = record as ShopOrderRow
  const fulfillment = activeFulfillment(order)
  const address = order.shipping_address
  return {
    id: order.id,
    display_id: order.display_id,
    state: shopOrderState(order),
    created_at: order.created_at,
    currency_code: order.currency_code,
    customer: { id: order.customer?.id ?? null, phone: order.customer?.phone ?? null, email: order.email ?? null },
    shipping_address: address
      ? {
          name: [address.first_name, address.last_name].filter(Boolean).join(" "),
          address_1: address.address_1,
          address_2: address.address_2 ?? null,
          city: address.city,
          postal_code: address.postal_code,
          country_code: address.country_code,
          phone: address.phone ?? null,
        }
      : null,
    items: (order.items ?? []).map((item) => ({
      id: item.id,
      product_id: item.product_id,
      title: item.product_title ?? item.title,
      image_url: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: amount(item.unit_price),
      total: amount(item.total),
    })),
    item_total: amount(order.item_total),
    shipping_total: amount(order.shipping_total),
    total: amount(order.total),
    tracking: (fulfillment?.labels ?? [])
      .filter((label) => label.tracking_number)
      .map((label) => ({ number: label.tracking_number, url: label.tracking_url || null })),
  }
}
