import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateShopWorkflow } from "../../../../workflows/shops/update-shop"
import { presentShop } from "../present"
import type { UpdateShopBodyType } from "../validators"
import { ownShopOf } from "../../own-shop"

/** GET /seller/shops/:id — one of the seller's shops. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ shop: presentShop(req, ownShopOf(req)) })
}

/**
 * POST /seller/shops/:id — renames a shop or changes its address. The handle
 * stays unless `new_handle` is true; former handles keep resolving.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateShopBodyType>,
  res: MedusaResponse
) {
  const { result: shop } = await updateShopWorkflow(req.scope).run({
    input: { shop_id: ownShopOf(req).id, ...req.validatedBody },
  })
  res.json({ shop: presentShop(req, shop) })
}
