import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelShopOrderWorkflow } from "../../../../../../../workflows/shop-orders/cancel-shop-order"
import { respondWithOrder, shopOrderRef } from "../moved-order"

/** POST /seller/shops/:id/orders/:order_id/cancel — cancels a placed or accepted order. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await cancelShopOrderWorkflow(req.scope).run({ input: shopOrderRef(req) })
  await respondWithOrder(req, res)
}
