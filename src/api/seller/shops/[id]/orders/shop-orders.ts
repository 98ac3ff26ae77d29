import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ShopOrderLink from "../../../../../links/shop-order"
import { SHOP_ORDER_FIELDS } from "../../../../../lib/orders/present-shop-order"
import { SHOP_ORDER_STATES, shopOrderState, type ShopOrderState } from "../../../../../lib/orders/shop-order-state"
import { findShopOrder } from "../../../../../workflows/shop-orders/steps/load-shop-order"

type ListPage = { limit: number; offset: number; state?: ShopOrderState }
export type StateCounts = Record<ShopOrderState, number>

// what a state is read from: the order's status and its fulfillments' dates
const STATE_FIELDS = ["id", "status", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"]
// newest first by the order's own creation time (not when it was linked to the shop), ties by display number
const NEWEST_FIRST = { created_at: "DESC", display_id: "DESC" } as const

/**
 * A page of the shop's orders, newest first, so every page is the same for
 * the same orders; only those in `state` when given. Also how many orders
 * are in each state: the state is derived from fulfillments, so every order's
 * state is read (its few fields only) before the page's orders are.
 */
export async function listShopOrders(req: AuthenticatedMedusaRequest, shopId: string, page: ListPage) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const counts = Object.fromEntries(SHOP_ORDER_STATES.map((state) => [state, 0])) as StateCounts
  const { data: links } = await query.graph({
    entity: ShopOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { shop_id: shopId },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  if (!ids.length) return { orders: [] as Record<string, any>[], count: 0, stateCounts: counts }

  const { data: states } = await query.graph({
    entity: "order",
    fields: STATE_FIELDS,
    filters: { id: ids },
    pagination: { order: NEWEST_FIRST },
  })
  const matching: string[] = []
  for (const order of states as any[]) {
    const state = shopOrderState(order)
    counts[state]++
    if (!page.state || state === page.state) matching.push(order.id)
  }
  const pageIds = matching.slice(page.offset, page.offset + page.limit)
  if (!pageIds.length) return { orders: [] as Record<string, any>[], count: matching.length, stateCounts: counts }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: SHOP_ORDER_FIELDS,
    filters: { id: pageIds },
    pagination: { order: NEWEST_FIRST },
  })
  return { orders: orders as Record<string, any>[], count: matching.length, stateCounts: counts }
}

/** One order of the shop; 404 for an order of any other shop, as for a missing one. */
export function ownShopOrder(req: AuthenticatedMedusaRequest, shopId: string, orderId: string) {
  return findShopOrder(req.scope, { shop_id: shopId, order_id: orderId }, SHOP_ORDER_FIELDS)
}
