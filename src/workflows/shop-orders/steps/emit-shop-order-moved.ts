import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import type { ShopOrderAction } from "../../../lib/orders/shop-order-state"
import { BazaarEvents } from "../../events"
import type { ShopOrderRef } from "./load-shop-order"

/** Emits `bazaar.shop_order.moved` `{ id, shop_id, action }` (composed inside a workflow). */
export function emitShopOrderMoved(input: ShopOrderRef, action: ShopOrderAction) {
  const data = transform({ input }, ({ input }) => ({ id: input.order_id, shop_id: input.shop_id, action }))
  return emitEventStep({ eventName: BazaarEvents.SHOP_ORDER_MOVED, data }).config({ name: `emit-shop-order-moved-${action}` })
}
