import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type ShopCommerceContext = { sales_channel_id: string; currency_code: string }

/**
 * The sales channel of a shop and the currency it sells in: the currency of
 * the region that contains the shop's country, else the store's default.
 */
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
  const salesChannelId = (data[0] as any)?.sales_channel?.id as string | undefined
  if (!salesChannelId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Shop ${shop.id} has no sales channel`)
  }
  const regions = await container
    .resolve(Modules.REGION)
    .listRegions({ countries: { iso_2: shop.country_code } } as any, { take: 1 })
  let currency = regions[0]?.currency_code
  if (!currency) {
    const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
    currency = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? "eur"
  }
  return { sales_channel_id: salesChannelId, currency_code: currency }
}
