import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderBolOverview } from "../../../../../workflows/bol-orders/utils/order-bol-overview"

/** GET /admin/orders/:id/bol — the bol.com order linked to this order, its synced shipments and tracking. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await orderBolOverview(req.scope, req.params.id))
}
