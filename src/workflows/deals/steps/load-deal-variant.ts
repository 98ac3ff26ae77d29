import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DealError } from "../../../modules/deal"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { shopCommerceContext } from "../../shops/utils/commerce-context"

export type DealVariant = {
  shop_id: string
  product_id: string
  variant_id: string
  title: string
  currency_code: string
  /** The variant's MRP in the shop's currency: the "actual price" a deal is measured against. */
  mrp: number
}

/** The shop's variant a deal is made of, with its MRP; 400 naming the id when the shop does not sell it. */
export const loadDealVariantStep = createStep(
  "load-deal-variant",
  async (input: { shop_id: string; variant_id: string }, { container }) => {
    const [shop] = await container.resolve<SellerModuleService>(SELLER_MODULE).listShops({ id: input.shop_id })
    if (!shop) throw new DealError("deal_invalid", `No shop ${input.shop_id}`)
    const { currency_code } = await shopCommerceContext(container, shop)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "shop.id", "variants.id", "variants.title", "variants.calculated_price.original_amount"],
      filters: { variants: { id: input.variant_id } },
      context: { variants: { calculated_price: QueryContext({ currency_code }) } },
    })
    const [product] = data as any[]
    const variant = product?.variants?.find((v: { id: string }) => v.id === input.variant_id)
    if (!product || !variant || product.shop?.id !== input.shop_id) {
      throw new DealError("deal_invalid", `Variant ${input.variant_id} is not sold in shop ${input.shop_id}`)
    }
    const mrp = Number(variant.calculated_price?.original_amount ?? NaN)
    if (!Number.isFinite(mrp) || mrp <= 0) {
      throw new DealError(
        "deal_invalid",
        `Variant ${input.variant_id} has no price in ${currency_code.toUpperCase()}, so a deal has no MRP to start from`
      )
    }
    const title = product.variants.length > 1 && variant.title ? `${product.title} (${variant.title})` : product.title
    return new StepResponse<DealVariant>({
      shop_id: input.shop_id,
      product_id: product.id,
      variant_id: variant.id,
      title,
      currency_code,
      mrp,
    })
  }
)
