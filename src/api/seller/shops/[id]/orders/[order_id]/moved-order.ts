import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopOrder } from "../../../../../../lib/orders/present-shop-order"
import { ownShopOf } from "../../../../own-shop"
import { ownShopOrder } from "../shop-orders"

/** The order's input for a seller action's workflow: the shop, the order and the acting seller. */
export function shopOrderRef(req: AuthenticatedMedusaRequest) {
  return { shop_id: ownShopOf(req).id, order_id: req.params.order_id, actor_id: req.auth_context.actor_id }
}

/** Answers the order as it is after the action. */
export async function respondWithOrder(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ order: presentShopOrder(await ownShopOrder(req, ownShopOf(req).id, req.params.order_id)) })
}
