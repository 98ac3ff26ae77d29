import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createProductsWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { productBaseHandle, productHandleLockKey } from "../../modules/seller/utils/product-handle"
import { SELLER_MODULE } from "../../modules/seller"
import { findFreeProductHandleStep } from "./steps/find-free-product-handle"
import { defaultShippingProfileStep } from "./steps/default-shipping-profile"
import { applyShopSalePriceWorkflow } from "./apply-shop-sale-price"
import { shopCategoryWorkflow } from "./shop-category"

export type CreateShopProductInput = {
  shop_id: string
  /** The shop's current handle, which its new products' handles start with. */
  shop_handle: string
  sales_channel_id: string
  currency_code: string
  name: string
  description: string | null
  /** MRP, the product's regular price, in the currency's main unit. */
  mrp: number
  sale_price: number | null
  image_url: string
  category: string
}

export const createShopProductWorkflowId = "bazaar-create-shop-product"

/**
 * Adds a product to a shop: the shop's category (created on first use), a
 * published single-variant product in the shop's sales channel priced at the
 * MRP with a handle no other product has (`<shop handle>-<name>[-N]`), the
 * sale price in the shop's `sale` price list, and the shop link.
 */
export const createShopProductWorkflow = createWorkflow(
  createShopProductWorkflowId,
  (input: CreateShopProductInput) => {
    const categoryInput = transform({ input }, ({ input }) => ({ shop_id: input.shop_id, name: input.category }))
    const category = shopCategoryWorkflow.runAsStep({ input: categoryInput })

    const shippingProfileId = defaultShippingProfileStep()

    // held from choosing the handle until the product has it, so concurrent uploads choose different ones
    const handleBase = transform({ input }, ({ input }) => productBaseHandle(input.shop_handle, input.name))
    const lockKey = transform({ handleBase }, ({ handleBase }) => productHandleLockKey(handleBase))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
    const handle = findFreeProductHandleStep(handleBase)
    const productInput = transform({ input, category, shippingProfileId, handle }, ({ input, category, shippingProfileId, handle }) => ({
      products: [
        {
          title: input.name,
          handle,
          description: input.description ?? undefined,
          status: "published" as const,
          thumbnail: input.image_url,
          images: [{ url: input.image_url }],
          category_ids: [category.id],
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: input.sales_channel_id }],
          options: [{ title: "Default", values: ["Default"] }],
          variants: [
            {
              title: "Default",
              options: { Default: "Default" },
              manage_inventory: false,
              prices: [{ amount: input.mrp, currency_code: input.currency_code }],
            },
          ],
        },
      ],
    }))
    const products = createProductsWorkflow.runAsStep({ input: productInput })
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

    const link = transform({ input, products }, ({ input, products }): LinkDefinition[] => [
      { [SELLER_MODULE]: { shop_id: input.shop_id }, [Modules.PRODUCT]: { product_id: products[0].id } },
    ])
    createRemoteLinkStep(link)

    when({ input }, ({ input }) => input.sale_price !== null).then(() => {
      const saleInput = transform({ input, products }, ({ input, products }) => ({
        shop_id: input.shop_id,
        variant_id: products[0].variants[0].id,
        amount: input.sale_price as number,
        currency_code: input.currency_code,
      }))
      applyShopSalePriceWorkflow.runAsStep({ input: saleInput })
    })

    const result = transform({ products, input }, ({ products, input }) => ({
      id: products[0].id,
      name: products[0].title,
      image_url: products[0].thumbnail,
      category: input.category,
    }))
    return new WorkflowResponse(result)
  }
)
