import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopOrder } from "../../../../../../lib/orders/present-shop-order"
import { currentSeller } from "../../../../helpers"
import { ownShop } from "../../../present"
import { ownShopOrder } from "../shop-orders"

/** GET /seller/shops/:id/orders/:order_id — one order of the shop. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const order = await ownShopOrder(req, shop.id, req.params.order_id)
  res.json({ order: presentShopOrder(order) })
}
