import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { applyShopSalePriceWorkflow } from "./apply-shop-sale-price"
import { shopCategoryWorkflow } from "./shop-category"

export type UpdateShopProductInput = {
  shop_id: string
  product_id: string
  variant_id: string
  currency_code: string
  name?: string
  description?: string | null
  mrp?: number
  /** A number sets the sale price, null removes it, undefined leaves it. */
  sale_price?: number | null
  image_url?: string
  category?: string
}

export const updateShopProductWorkflowId = "bazaar-update-shop-product"

/**
 * Changes a shop product: its details, its category (created in the shop on
 * first use), its MRP and its sale price; only the fields given change.
 */
export const updateShopProductWorkflow = createWorkflow(updateShopProductWorkflowId, (input: UpdateShopProductInput) => {
  const category = when("move-to-category", { input }, ({ input }) => !!input.category).then(() => {
    const categoryInput = transform({ input }, ({ input }) => ({ shop_id: input.shop_id, name: input.category as string }))
    return shopCategoryWorkflow.runAsStep({ input: categoryInput })
  })

  const productUpdate = transform({ input, category }, ({ input, category }) => ({
    products: [
      {
        id: input.product_id,
        ...(input.name !== undefined ? { title: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.image_url !== undefined ? { thumbnail: input.image_url, images: [{ url: input.image_url }] } : {}),
        ...(category ? { category_ids: [category.id] } : {}),
      },
    ],
  }))
  updateProductsWorkflow.runAsStep({ input: productUpdate })

  when("change-mrp", { input }, ({ input }) => input.mrp !== undefined).then(() => {
    const variantUpdate = transform({ input }, ({ input }) => ({
      product_variants: [{ id: input.variant_id, prices: [{ amount: input.mrp as number, currency_code: input.currency_code }] }],
    }))
    updateProductVariantsWorkflow.runAsStep({ input: variantUpdate })
  })

  when("change-sale-price", { input }, ({ input }) => input.sale_price !== undefined).then(() => {
    const saleInput = transform({ input }, ({ input }) => ({
      shop_id: input.shop_id,
      variant_id: input.variant_id,
      amount: input.sale_price as number | null,
      currency_code: input.currency_code,
    }))
    applyShopSalePriceWorkflow.runAsStep({ input: saleInput })
  })

  return new WorkflowResponse({ id: input.product_id })
})
