import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopOrder } from "../../../../../lib/orders/present-shop-order"
import type { ListShopOrdersQueryType } from "./validators"
import { listShopOrders } from "./shop-orders"
import { ownShopOf } from "../../../own-shop"

/** GET /seller/shops/:id/orders — the shop's orders, newest first (`limit`, `offset`, `state`), and how many are in each state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const page = req.validatedQuery as unknown as ListShopOrdersQueryType
  const { orders, count, stateCounts } = await listShopOrders(req, shop.id, page)
  res.json({ orders: orders.map(presentShopOrder), count, limit: page.limit, offset: page.offset, state_counts: stateCounts })
}
