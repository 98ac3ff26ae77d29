import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { shopLink } from "../../../seller/helpers"

function notFound(handle: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `No shop at "${handle}"`)
}

/**
 * GET /store/shops/:handle — a shop as buyers see it, with the publishable
 * key that scopes Medusa's store routes (products, carts) to it. An old
 * handle still answers, with `redirect` naming the current link.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const requested = req.params.handle.toLowerCase()
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [known] = await sellers.listShopHandles({ handle: requested })
  if (!known) throw notFound(requested)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [shop],
  } = await query.graph({
    entity: "shop",
    fields: ["*", "seller.status", "api_key.token", "api_key.revoked_at"],
    filters: { id: known.shop_id },
  })
  if (!shop || shop.status !== "active" || shop.seller?.status !== "active") {
    throw notFound(requested)
  }
  res.json({
    shop: {
      id: shop.id,
      name: shop.name,
      handle: shop.handle,
      link: shopLink(req, shop.handle),
      address: {
        line: shop.address_line,
        city: shop.city,
        postal_code: shop.postal_code,
        country_code: shop.country_code,
        phone: shop.phone,
      },
      publishable_key: shop.api_key?.token ?? null,
    },
    redirect:
      shop.handle === requested ? null : { handle: shop.handle, link: shopLink(req, shop.handle) },
  })
}
