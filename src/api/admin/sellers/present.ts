import type { MedusaRequest } from "@medusajs/framework/http"
import { shopLink } from "../../seller/helpers"

/** A seller as operators see it, with its shops and their links. */
export function presentSellerForOperator(req: MedusaRequest, seller: Record<string, any>) {
  return {
    id: seller.id,
    name: seller.name,
    phone: seller.phone,
    status: seller.status,
    created_at: seller.created_at,
    shops: (seller.shops ?? []).map((shop: Record<string, any>) => ({
      id: shop.id,
      name: shop.name,
      handle: shop.handle,
      status: shop.status,
      link: shopLink(req, shop.handle),
    })),
  }
}
