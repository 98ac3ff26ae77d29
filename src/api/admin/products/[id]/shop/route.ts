import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopOwnerOf } from "../../../shop-owner"

/** GET /admin/products/:id/shop — the shop and seller a product belongs to (`null` for marketplace products, 404 for no product). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await shopOwnerOf(req, "product", req.params.id))
}
