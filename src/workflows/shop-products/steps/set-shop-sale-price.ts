import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"

export type ShopSalePriceInput = {
  shop_id: string
  variant_id: string
  amount: number
  currency_code: string
}

/**
 * Puts the variant's sale price in the shop's `sale` price list (created on
 * the shop's first sale price), so Medusa's calculated price shows both the
 * MRP (`original_amount`) and the sale price (`calculated_amount`).
 */
export const setShopSalePriceStep = createStep(
  "set-shop-sale-price",
  async (input: ShopSalePriceInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    const { data } = await query.graph({
      entity: "shop",
      fields: ["id", "price_list.id"],
      filters: { id: input.shop_id },
    })
    let priceListId = (data[0] as any)?.price_list?.id as string | undefined
    let createdList: string | null = null
    if (!priceListId) {
      const [list] = await pricing.createPriceLists([
        { title: `Sale ${input.shop_id}`, description: "Bazaar shop sale prices", type: "sale", status: "active" },
      ])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [SELLER_MODULE]: { shop_id: input.shop_id },
        [Modules.PRICING]: { price_list_id: list.id },
      })
      priceListId = createdList = list.id
    }
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["price_set.id"],
      filters: { id: input.variant_id },
    })
    const priceSetId = (variants[0] as any).price_set.id as string
    const [price] = await pricing.addPriceListPrices([
      {
        price_list_id: priceListId,
        prices: [{ amount: input.amount, currency_code: input.currency_code, price_set_id: priceSetId }],
      },
    ])
    return new StepResponse({ price_list_id: priceListId }, { price_id: price.id, createdList, shop_id: input.shop_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    await pricing.removePrices([undo.price_id])
    if (undo.createdList) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [SELLER_MODULE]: { shop_id: undo.shop_id },
        [Modules.PRICING]: { price_list_id: undo.createdList },
      })
      await pricing.deletePriceLists([undo.createdList])
    }
  }
)
