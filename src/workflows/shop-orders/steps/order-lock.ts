import { transform } from "@medusajs/framework/workflows-sdk"
import type { ShopOrderRef } from "./load-shop-order"

/** The lock every seller action on one order holds, so that two clicks cannot pack two fulfillments. */
export function shopOrderLockKey(input: ShopOrderRef) {
  return transform({ input }, ({ input }) => `bazaar-order:${input.order_id}`)
}
