import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ShopProductLink from "../../../links/shop-product"
import { BazaarEvents } from "../../events"
import { answerTags, clearAnswers, trackInvalidation } from "./catalog-cache"

type EventData = { id?: string | string[] } | undefined

/**
 * The events after which a buyer may see something else in a shop or its
 * catalog, and which cached answers each one clears.
 */
const tagsByEvent: Record<string, (container: MedusaContainer, ids: string[]) => Promise<string[]> | string[]> = {
  // a product enters a catalog through the shop link made in the same workflow
  "product.created": (container, ids) => shopsOfProducts(container, ids),
  "product.updated": (_, ids) => ids.map(answerTags.product),
  "product.deleted": (_, ids) => ids.map(answerTags.product),
  "product.product.updated": (_, ids) => ids.map(answerTags.product),
  "product.product.deleted": (_, ids) => ids.map(answerTags.product),
  "product-variant.created": (container, ids) => productsOfVariants(container, ids),
  "product-variant.updated": (_, ids) => ids.map(answerTags.variant),
  "product-variant.deleted": (_, ids) => ids.map(answerTags.variant),
  "product-category.updated": (_, ids) => ids.map(answerTags.category),
  "product-category.deleted": (_, ids) => ids.map(answerTags.category),
  "product.product-category.updated": (_, ids) => ids.map(answerTags.category),
  "product.product-category.deleted": (_, ids) => ids.map(answerTags.category),
  "pricing.price.created": (container, ids) => priceSetsOfPrices(container, ids),
  "pricing.price.updated": (container, ids) => priceSetsOfPrices(container, ids),
  "pricing.price.deleted": (container, ids) => priceSetsOfPrices(container, ids),
  // a price list or its rules can reach any variant
  "pricing.price-list.created": () => [answerTags.all],
  "pricing.price-list.updated": () => [answerTags.all],
  "pricing.price-list.deleted": () => [answerTags.all],
  "pricing.price-list-rule.created": () => [answerTags.all],
  "pricing.price-list-rule.updated": () => [answerTags.all],
  "pricing.price-list-rule.deleted": () => [answerTags.all],
  // a shop's market (region and currency) follows the regions
  "region.created": () => [answerTags.all],
  "region.updated": () => [answerTags.all],
  "region.deleted": () => [answerTags.all],
  [BazaarEvents.SHOP_UPDATED]: (_, ids) => ids.map(answerTags.shop),
  "seller.shop.updated": (_, ids) => ids.map(answerTags.shop),
  "seller.shop.deleted": (_, ids) => ids.map(answerTags.shop),
  [BazaarEvents.SELLER_STATUS_CHANGED]: (_, ids) => ids.map(answerTags.seller),
  "seller.seller.updated": (_, ids) => ids.map(answerTags.seller),
}

/** Every event that invalidates cached shop and catalog answers. */
export const answerInvalidatingEvents = Object.keys(tagsByEvent)

/**
 * Clears the cached answers that `event` may have made stale. Reads that start
 * after this call wait for it (see trackInvalidation).
 */
export function invalidateAnswersAfter(container: MedusaContainer, event: { name: string; data: EventData }) {
  const tagsOf = tagsByEvent[event.name]
  const ids = [event.data?.id ?? []].flat().filter((id): id is string => typeof id === "string")
  if (!tagsOf || !ids.length) return Promise.resolve()
  return trackInvalidation(async () => clearAnswers(container, await tagsOf(container, ids)))
}

async function shopsOfProducts(container: MedusaContainer, productIds: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ShopProductLink.entryPoint,
    fields: ["shop_id"],
    filters: { product_id: productIds },
  })
  return (data as { shop_id: string }[]).map((link) => answerTags.shop(link.shop_id))
}

async function productsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<string[]> {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ id: variantIds }, { select: ["product_id"] })
  return variants.flatMap((variant) => (variant.product_id ? [answerTags.product(variant.product_id)] : []))
}

/** The price sets of the prices; a price no longer found (deleted for good) may have been anyone's. */
async function priceSetsOfPrices(container: MedusaContainer, priceIds: string[]): Promise<string[]> {
  const prices = await container
    .resolve(Modules.PRICING)
    .listPrices({ id: priceIds }, { select: ["id", "price_set_id"], withDeleted: true })
  if (prices.length < priceIds.length) return [answerTags.all]
  return prices.flatMap((price) => (price.price_set_id ? [answerTags.priceSet(price.price_set_id)] : []))
}
