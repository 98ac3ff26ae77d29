import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { shopLink } from "../seller/helpers"

/** The query fields of a record's shop and its seller, for a record linked to a shop. */
export const SHOP_OWNER_FIELDS = ["shop.id", "shop.name", "shop.handle", "shop.seller.id", "shop.seller.name", "shop.seller.status"]

/** A record's shop and its seller, as `SHOP_OWNER_FIELDS` reads them. */
export type ShopOwner = {
  id: string
  name: string
  handle: string
  seller?: { id: string; name: string; status: string } | null
}

/** What operators see of a record's shop and seller; both null for records outside any shop. */
export function presentShopOwner(req: MedusaRequest, shop: ShopOwner | null | undefined) {
  return {
    shop: shop ? { id: shop.id, name: shop.name, handle: shop.handle, link: shopLink(req, shop.handle) } : null,
    seller: shop?.seller ? { id: shop.seller.id, name: shop.seller.name, status: shop.seller.status } : null,
  }
}

/** `{ shop, seller }` of a product or an order (nulls outside any shop); 404 when there is no such record. */
export async function shopOwnerOf(req: MedusaRequest, entity: "product" | "order", id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", ...SHOP_OWNER_FIELDS], filters: { id } })
  const [record] = data as { shop?: ShopOwner | null }[]
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${entity === "order" ? "Order" : "Product"} ${id} was not found`)
  }
  return presentShopOwner(req, record.shop)
}
