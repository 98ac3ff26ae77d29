export const SHOP_ORDER_STATES = ["placed", "accepted", "shipped", "delivered", "canceled"] as const
export type ShopOrderState = (typeof SHOP_ORDER_STATES)[number]
export type ShopOrderAction = "accept" | "ship" | "deliver" | "cancel"

type FulfillmentLike = {
  id: string
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
}
type OrderLike<F extends FulfillmentLike = FulfillmentLike> = { status: string; fulfillments?: F[] | null }

/** The fulfillment a seller works on: the one that was not canceled. */
export function activeFulfillment<F extends FulfillmentLike>(order: OrderLike<F>): F | undefined {
  return (order.fulfillments ?? []).find((f) => !f.canceled_at)
}

/** Where a shop order stands, read from Medusa's order and fulfillment. */
export function shopOrderState(order: OrderLike): ShopOrderState {
  if (order.status === "canceled") return "canceled"
  const fulfillment = activeFulfillment(order)
  if (!fulfillment) return "placed"
  if (fulfillment.delivered_at) return "delivered"
  if (fulfillment.shipped_at) return "shipped"
  return "accepted"
}

const ALLOWED_FROM: Record<ShopOrderAction, ShopOrderState[]> = {
  accept: ["placed"],
  ship: ["accepted"],
  deliver: ["shipped"],
  cancel: ["placed", "accepted"],
}

const REFUSALS: Record<ShopOrderAction, string> = {
  accept: "Only a newly placed order can be accepted",
  ship: "Accept the order before shipping it",
  deliver: "Ship the order before marking it delivered",
  cancel: "A shipped, delivered or canceled order cannot be canceled",
}

/** Why `action` cannot be applied in `state`, or null when it can. */
export function refusalOf(action: ShopOrderAction, state: ShopOrderState): string | null {
  if (ALLOWED_FROM[action].includes(state)) return null
  return `${REFUSALS[action]} (the order is ${state})`
}

export type ShipmentDetails = { tracking_number?: string; tracking_url?: string; transporter_code?: string }

/**
 * Why the shipment details sent with `action` do not fit the order, or null:
 * tracking goes with shipping, except that accepting an order linked to
 * bol.com ships it on bol.com with bol's transporter code and tracking number.
 */
export function shipmentDetailsRefusal(action: ShopOrderAction, details: ShipmentDetails, linkedToBol: boolean): string | null {
  if (linkedToBol) {
    if (details.tracking_url) return "tracking_url does not go to bol.com; send transporter_code and tracking_number"
    if (details.tracking_number && !details.transporter_code) return "tracking_number for bol.com needs transporter_code"
    return null
  }
  if (details.transporter_code) return "transporter_code only goes with accepting an order linked to bol.com"
  if (action !== "ship" && (details.tracking_number || details.tracking_url)) {
    return "tracking_number and tracking_url only go with ship"
  }
  return null
}
