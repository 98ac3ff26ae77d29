import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipShopOrderWorkflow } from "../../../../../../../workflows/shop-orders/ship-shop-order"
import type { ShipShopOrderBodyType } from "../../validators"
import { respondWithOrder, shopOrderRef } from "../moved-order"

/** POST /seller/shops/:id/orders/:order_id/ship — records the shipment, with an optional tracking number and URL. */
export async function POST(req: AuthenticatedMedusaRequest<ShipShopOrderBodyType>, res: MedusaResponse) {
  await shipShopOrderWorkflow(req.scope).run({ input: { ...shopOrderRef(req), shipment: req.validatedBody } })
  await respondWithOrder(req, res)
}
