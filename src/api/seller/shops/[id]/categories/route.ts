import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ownShopOf } from "../../../own-shop"

type ShopCategoriesRow = {
  product_categories?: { id: string; name: string; handle: string }[] | null
  products?: { categories?: { id: string }[] | null }[] | null
}

/** GET /seller/shops/:id/categories — the shop's categories by name, with how many of its products each holds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shop",
    fields: ["product_categories.id", "product_categories.name", "product_categories.handle", "products.categories.id"],
    filters: { id: shop.id },
  })
  const [row] = data as ShopCategoriesRow[]
  const counts = new Map<string, number>()
  for (const product of row?.products ?? []) {
    for (const category of product.categories ?? []) counts.set(category.id, (counts.get(category.id) ?? 0) + 1)
  }
  const categories = (row?.product_categories ?? [])
    .map((c) => ({ id: c.id, name: c.name, handle: c.handle, product_count: counts.get(c.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name))
  res.json({ categories })
}
