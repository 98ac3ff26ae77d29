import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"

export type ShopSalePriceInput = {
  shop_id: string
  variant_id: string
  /** null removes the sale price, leaving the MRP. */
  amount: number | null
  currency_code: string
}

/**
 * Puts the variant's sale price in the shop's `sale` price list (created on
 * the shop's first sale price), so Medusa's calculated price shows both the
 * MRP (`original_amount`) and the sale price (`calculated_amount`). A
 * previous sale price of the variant is replaced.
 */
type SalePriceUndo = {
  added_id: string | null
  removed: { amount: number; currency_code: string; price_set_id: string }[]
  price_list_id: string
  createdList: string | null
  shop_id: string
}

export const setShopSalePriceStep = createStep(
  "set-shop-sale-price",
  async (input: ShopSalePriceInput, { container }): Promise<StepResponse<{ price_list_id: string | null }, SalePriceUndo | null>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pricing = container.resolve(Modules.PRICING)
    const { data } = await query.graph({
      entity: "shop",
      fields: ["id", "price_list.id"],
      filters: { id: input.shop_id },
    })
    const [shop] = data as { price_list?: { id: string } | null }[]
    let priceListId = shop?.price_list?.id
    let createdList: string | null = null
    if (!priceListId && input.amount === null) {
      return new StepResponse({ price_list_id: null }, null)
    }
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
    const priceSetId = (variants as { price_set: { id: string } }[])[0].price_set.id
    const previous = await pricing.listPrices({ price_list_id: [priceListId], price_set_id: [priceSetId] })
    if (previous.length) {
      await pricing.removePrices(previous.map((p) => p.id))
    }
    let addedId: string | null = null
    if (input.amount !== null) {
      const [price] = await pricing.addPriceListPrices([
        {
          price_list_id: priceListId,
          prices: [{ amount: input.amount, currency_code: input.currency_code, price_set_id: priceSetId }],
        },
      ])
      addedId = price.id
    }
    const removed = previous.map((p) => ({
      amount: Number(p.amount),
      currency_code: p.currency_code as string,
      price_set_id: priceSetId,
    }))
    return new StepResponse(
      { price_list_id: priceListId },
      { added_id: addedId, removed, price_list_id: priceListId, createdList, shop_id: input.shop_id }
    )
  },
  async (undo: SalePriceUndo | null | undefined, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    if (undo.added_id) await pricing.removePrices([undo.added_id])
    if (undo.removed.length && !undo.createdList) {
      await pricing.addPriceListPrices([{ price_list_id: undo.price_list_id, prices: undo.removed }])
    }
    if (undo.createdList) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [SELLER_MODULE]: { shop_id: undo.shop_id },
        [Modules.PRICING]: { price_list_id: undo.createdList },
      })
      await pricing.deletePriceLists([undo.createdList])
    }
  }
)
