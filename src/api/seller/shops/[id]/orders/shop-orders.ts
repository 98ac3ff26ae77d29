import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ShopOrderLink from "../../../../../links/shop-order"
import { SHOP_ORDER_FIELDS } from "../../../../../lib/orders/present-shop-order"

/** A page of the shop's orders, newest first. */
export async function listShopOrders(req: AuthenticatedMedusaRequest, shopId: string, page: { limit: number; offset: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links, metadata } = await query.graph({
    entity: ShopOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { shop_id: shopId },
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const { data: orders } = ids.length
    ? await query.graph({ entity: "order", fields: SHOP_ORDER_FIELDS, filters: { id: ids } })
    : { data: [] as any[] }
  const byId = new Map((orders as any[]).map((o) => [o.id, o]))
  return { orders: ids.map((id) => byId.get(id)).filter(Boolean) as Record<string, any>[], count: metadata?.count ?? ids.length }
}

/** One order of the shop; 404 for an order of any other shop, as for a missing one. */
export async function ownShopOrder(req: AuthenticatedMedusaRequest, shopId: string, orderId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: [...SHOP_ORDER_FIELDS, "shop.id"], filters: { id: orderId } })
  if (!order || (order as any).shop?.id !== shopId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  return order as Record<string, any>
}
