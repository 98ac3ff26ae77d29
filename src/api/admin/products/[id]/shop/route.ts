import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopLink } from "../../../../seller/helpers"

/** GET /admin/products/:id/shop — the shop and seller a product belongs to (`null` for marketplace products). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "shop.id", "shop.name", "shop.handle", "shop.seller.id", "shop.seller.name", "shop.seller.status"],
    filters: { id: req.params.id },
  })
  const shop = (data[0] as any)?.shop
  res.json({
    shop: shop ? { id: shop.id, name: shop.name, handle: shop.handle, link: shopLink(req, shop.handle) } : null,
    seller: shop?.seller ? { id: shop.seller.id, name: shop.seller.name, status: shop.seller.status } : null,
  })
}
