import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugify } from "transliteration"
import { SELLER_MODULE } from "../../../modules/seller"

export type ShopCategoryInput = { shop_id: string; name: string }

/** The shop's category of that name (case-insensitive), created and linked to the shop if missing. */
export const findOrCreateShopCategoryStep = createStep(
  "find-or-create-shop-category",
  async ({ shop_id, name }: ShopCategoryInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "shop",
      fields: ["product_categories.id", "product_categories.name"],
      filters: { id: shop_id },
    })
    const [shop] = data as { product_categories?: { id: string; name: string }[] | null }[]
    const categories = shop?.product_categories ?? []
    const existing = categories.find((c) => c.name.toLowerCase() === name.toLowerCase())
    if (existing) {
      return new StepResponse({ id: existing.id }, null)
    }
    const products = container.resolve(Modules.PRODUCT)
    const category = await products.createProductCategories({
      name,
      handle: `${shop_id}-${slugify(name) || "category"}`.toLowerCase(),
      is_active: true,
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [SELLER_MODULE]: { shop_id },
      [Modules.PRODUCT]: { product_category_id: category.id },
    })
    return new StepResponse({ id: category.id }, { shop_id, category_id: category.id })
  },
  async (created: { shop_id: string; category_id: string } | null | undefined, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [SELLER_MODULE]: { shop_id: created.shop_id },
      [Modules.PRODUCT]: { product_category_id: created.category_id },
    })
    await container.resolve(Modules.PRODUCT).deleteProductCategories([created.category_id])
  }
)
