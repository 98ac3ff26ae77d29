import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopAddress } from "../../../../lib/shops/address"
import { shopLink } from "../../../seller/helpers"
import { findVisibleShop } from "../visible-shop"

/**
 * GET /store/shops/:handle — a shop as buyers see it, with the publishable
 * key that scopes Medusa's store routes (products, carts) to it. An old
 * handle still answers, with `redirect` naming the current link.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop, requested } = await findVisibleShop(req, req.params.handle)
  res.json({
    shop: {
      id: shop.id,
      name: shop.name,
      handle: shop.handle,
      link: shopLink(req, shop.handle),
      address: presentShopAddress(shop),
      publishable_key: shop.api_key?.token ?? null,
    },
    redirect:
      shop.handle === requested ? null : { handle: shop.handle, link: shopLink(req, shop.handle) },
  })
}
