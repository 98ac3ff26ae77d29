import type { MedusaRequest } from "@medusajs/framework/http"
import type { InferTypeOf } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type { Shop } from "../../../modules/seller/models/shop"
import type SellerModuleService from "../../../modules/seller/service"

/** A shop as `findVisibleShop` reads it: its own fields, its seller's status, its publishable key and its sales channel. */
export type VisibleShop = Omit<InferTypeOf<typeof Shop>, "seller" | "handles"> & {
  seller?: { status: string } | null
  api_key?: { token: string } | null
  sales_channel?: { id: string } | null
}

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
  const { data } = await query.graph({
    entity: "shop",
    fields: ["*", "seller.status", "api_key.token", "sales_channel.id"],
    filters: { id: known.shop_id },
  })
  const [shop] = data as VisibleShop[]
  if (!shop || shop.status !== "active" || shop.seller?.status !== "active") {
    throw notFound
  }
  return { shop, requested }
}
