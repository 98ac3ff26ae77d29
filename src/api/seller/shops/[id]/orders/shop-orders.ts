import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ShopOrderLink from "../../../../../links/shop-order"
import { SHOP_ORDER_FIELDS } from "../../../../../lib/orders/present-shop-order"
import { findShopOrder } from "../../../../../workflows/shop-orders/steps/load-shop-order"

/**
 * A page of the shop's orders, newest first: by the order's own creation time
 * (not when it was linked to the shop), ties by display number, so every page
 * is the same for the same orders.
 */
export async function listShopOrders(req: AuthenticatedMedusaRequest, shopId: string, page: { limit: number; offset: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ShopOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { shop_id: shopId },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  if (!ids.length) return { orders: [] as Record<string, any>[], count: 0 }
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: SHOP_ORDER_FIELDS,
    filters: { id: ids },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC", display_id: "DESC" } },
  })
  return { orders: orders as Record<string, any>[], count: metadata?.count ?? orders.length }
}

/** One order of the shop; 404 for an order of any other shop, as for a missing one. */
export function ownShopOrder(req: AuthenticatedMedusaRequest, shopId: string, orderId: string) {
  return findShopOrder(req.scope, { shop_id: shopId, order_id: orderId }, SHOP_ORDER_FIELDS)
}
