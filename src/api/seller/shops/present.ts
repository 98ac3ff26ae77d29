import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { presentShopAddress } from "../../../lib/shops/address"
import { sellerService, shopLink } from "../helpers"

/** A shop as its seller sees it. */
export function presentShop(req: AuthenticatedMedusaRequest, shop: Record<string, any>) {
  return {
    id: shop.id,
    name: shop.name,
    handle: shop.handle,
    link: shopLink(req, shop.handle),
    status: shop.status,
    address: presentShopAddress(shop as Parameters<typeof presentShopAddress>[0]),
  }
}

/** The seller's own shop `id`; 404 for any other seller's shop, as for a missing one. */
export async function ownShop(req: AuthenticatedMedusaRequest, sellerId: string, id: string) {
  const [shop] = await sellerService(req).listShops({ id, seller_id: sellerId })
  if (!shop) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shop ${id} was not found`)
  }
  return shop
}
