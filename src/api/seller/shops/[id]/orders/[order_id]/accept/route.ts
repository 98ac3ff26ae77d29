import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptShopOrderWorkflow } from "../../../../../../../workflows/shop-orders/accept-shop-order"
import type { AcceptShopOrderBodyType } from "../../validators"
import { respondWithOrder, shopOrderRef } from "../moved-order"

/**
 * POST /seller/shops/:id/orders/:order_id/accept — packs the order. An order
 * linked to bol.com ships on bol.com, with an optional `transporter_code` and `tracking_number`.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptShopOrderBodyType>, res: MedusaResponse) {
  await acceptShopOrderWorkflow(req.scope).run({ input: { ...shopOrderRef(req), shipment: req.validatedBody } })
  await respondWithOrder(req, res)
}
