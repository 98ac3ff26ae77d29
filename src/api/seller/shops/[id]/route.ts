import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller, sellerService } from "../../helpers"
import { presentShop } from "../present"
import type { UpdateShopBodyType } from "../../validators"
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
  const shop = ownShopOf(req)
  const { name, address, new_handle } = req.validatedBody
  const sellers = sellerService(req)
  if (new_handle) {
    await sellers.moveShopHandle(shop.id, name ?? shop.name)
  }
  await sellers.updateShops({
    id: shop.id,
    ...(name ? { name } : {}),
    ...(address
      ? {
          address_line: address.line,
          city: address.city,
          postal_code: address.postal_code,
          country_code: address.country_code.toLowerCase(),
          phone: address.phone ?? null,
        }
      : {}),
  })
  res.json({ shop: presentShop(req, await sellers.retrieveShop(shop.id)) })
}
