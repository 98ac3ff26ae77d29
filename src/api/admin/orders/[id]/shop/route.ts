import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopOwnerOf } from "../../../shop-owner"

/** GET /admin/orders/:id/shop — the shop an order was placed in and its seller (`null` for other orders, 404 for no order). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await shopOwnerOf(req, "order", req.params.id))
}
