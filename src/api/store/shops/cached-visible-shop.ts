import type { MedusaRequest } from "@medusajs/framework/http"
import { answerTags, cachedAnswer } from "../../../workflows/shops/utils/catalog-cache"
import { marketForCountry, type ShopMarket } from "../../../workflows/shops/utils/commerce-context"
import { findVisibleShop } from "./visible-shop"

/** What buyers' shop and catalog answers need of a visible shop, as cached. */
export type CachedVisibleShop = {
  id: string
  name: string
  handle: string
  address_line: string
  city: string
  postal_code: string
  country_code: string
  phone: string | null
  publishable_key: string | null
  market: ShopMarket
}

/**
 * `findVisibleShop` through the answer cache, keyed by the requested handle
 * and cleared when the shop or its seller changes; unknown and hidden shops
 * are never cached (they answer 404 afresh).
 */
export async function findCachedVisibleShop(req: MedusaRequest, handle: string) {
  const requested = handle.toLowerCase()
  const shop = await cachedAnswer<CachedVisibleShop>(req.scope, `shop:${requested}`, async () => {
    const { shop } = await findVisibleShop(req, requested)
    const value: CachedVisibleShop = {
      id: shop.id,
      name: shop.name,
      handle: shop.handle,
      address_line: shop.address_line,
      city: shop.city,
      postal_code: shop.postal_code,
      country_code: shop.country_code,
      phone: shop.phone ?? null,
      publishable_key: shop.api_key?.token ?? null,
      market: await marketForCountry(req.scope, shop.country_code),
    }
    return { value, tags: [answerTags.shop(shop.id), answerTags.seller(shop.seller_id)] }
  })
  return { shop, requested }
}
