import type { FilterableRegionProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type ShopMarket = { region_id: string | null; currency_code: string }
export type ShopCommerceContext = ShopMarket & { sales_channel_id: string }

/**
 * Where a shop in `country_code` sells: the region that contains the country
 * and its currency, else no region and the store's default currency.
 */
export async function marketForCountry(
  container: MedusaContainer,
  country_code: string
): Promise<ShopMarket> {
  // FilterableRegionProps does not list the `countries` relation, which the Region module filters on
  const filters: FilterableRegionProps & { countries: { iso_2: string } } = {
    countries: { iso_2: country_code.toLowerCase() },
  }
  const [region] = await container.resolve(Modules.REGION).listRegions(filters, { take: 1 })
  if (region) {
    return { region_id: region.id, currency_code: region.currency_code }
  }
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"] })
  const currency = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? "eur"
  return { region_id: null, currency_code: currency }
}

/** A shop's sales channel, region and currency. */
export async function shopCommerceContext(
  container: MedusaContainer,
  shop: { id: string; country_code: string }
): Promise<ShopCommerceContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shop",
    fields: ["sales_channel.id"],
    filters: { id: shop.id },
  })
  const salesChannelId = (data as { sales_channel?: { id: string } | null }[])[0]?.sales_channel?.id
  if (!salesChannelId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Shop ${shop.id} has no sales channel`)
  }
  return { sales_channel_id: salesChannelId, ...(await marketForCountry(container, shop.country_code)) }
}
