import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/**
 * The shop a buyer reaches at `handle` (current or former), if buyers may
 * see it: the shop is active and its seller is active. Otherwise 404.
 */
export async function findVisibleShop(req: MedusaRequest, handle: string) {
  const requested = handle.toLowerCase()
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No shop at "${requested}"`)
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [known] = await sellers.listShopHandles({ handle: requested })
  if (!known) throw notFound

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [shop],
  } = await query.graph({
    entity: "shop",
    fields: ["*", "seller.status", "api_key.token", "sales_channel.id"],
    filters: { id: known.shop_id },
  })
  if (!shop || shop.status !== "active" || (shop as any).seller?.status !== "active") {
    throw notFound
  }
  return { shop: shop as any, requested }
}
