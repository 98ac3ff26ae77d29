import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopOrder } from "../../../../../lib/orders/present-shop-order"
import { currentSeller } from "../../../helpers"
import { ownShop } from "../../present"
import type { ListShopOrdersQueryType } from "../../../validators"
import { listShopOrders } from "./shop-orders"

/** GET /seller/shops/:id/orders — the shop's orders, newest first (`limit`, `offset`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const page = req.validatedQuery as unknown as ListShopOrdersQueryType
  const { orders, count } = await listShopOrders(req, shop.id, page)
  res.json({ orders: orders.map(presentShopOrder), count, limit: page.limit, offset: page.offset })
}
