import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverShopOrderWorkflow } from "../../../../../../../workflows/shop-orders/deliver-shop-order"
import { respondWithOrder, shopOrderRef } from "../moved-order"

/** POST /seller/shops/:id/orders/:order_id/deliver — marks a shipped order delivered. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deliverShopOrderWorkflow(req.scope).run({ input: shopOrderRef(req) })
  await respondWithOrder(req, res)
}
