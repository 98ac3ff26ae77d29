import type { MedusaRequest } from "@medusajs/framework/http"
import { shopLink } from "../seller/helpers"

/** The query fields of a record's shop and its seller, for a record linked to a shop. */
export const SHOP_OWNER_FIELDS = ["shop.id", "shop.name", "shop.handle", "shop.seller.id", "shop.seller.name", "shop.seller.status"]

/** What operators see of a record's shop and seller; both null for records outside any shop. */
export function presentShopOwner(req: MedusaRequest, shop: Record<string, any> | null | undefined) {
  return {
    shop: shop ? { id: shop.id, name: shop.name, handle: shop.handle, link: shopLink(req, shop.handle) } : null,
    seller: shop?.seller ? { id: shop.seller.id, name: shop.seller.name, status: shop.seller.status } : null,
  }
}
