import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopOrder } from "../../../../../../lib/orders/present-shop-order"
import { ownShopOrder } from "../shop-orders"
import { ownShopOf } from "../../../../own-shop"

/** GET /seller/shops/:id/orders/:order_id — one order of the shop. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const order = await ownShopOrder(req, shop.id, req.params.order_id)
  res.json({ order: presentShopOrder(order) })
}
