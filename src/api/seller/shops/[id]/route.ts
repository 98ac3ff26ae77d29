import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateShopWorkflow } from "../../../../workflows/shops/update-shop"
import { presentShop } from "../present"
import type { UpdateShopBodyType } from "../validators"
import { ownShopOf } from "../../own-shop"
import { sellerService } from "../../helpers"

/** GET /seller/shops/:id — one of the seller's shops, with its former handles (links that still lead to it). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const handles = await sellerService(req).listShopHandles({ shop_id: shop.id }, { order: { created_at: "ASC" } })
  const former_handles = handles.map((known) => known.handle).filter((handle) => handle !== shop.handle)
  res.json({ shop: { ...presentShop(req, shop), former_handles } })
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
