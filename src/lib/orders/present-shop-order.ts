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

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** An order as the shop's seller handles it. */
export function presentShopOrder(order: Record<string, any>) {
  const fulfillment = activeFulfillment(order as any) as Record<string, any> | undefined
  const address = order.shipping_address
  return {
    id: order.id,
    display_id: order.display_id,
    state: shopOrderState(order as any),
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
    items: ((order.items ?? []) as any[]).map((item) => ({
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
    tracking: ((fulfillment?.labels ?? []) as any[])
      .filter((label) => label.tracking_number)
      .map((label) => ({ number: label.tracking_number, url: label.tracking_url || null })),
  }
}
