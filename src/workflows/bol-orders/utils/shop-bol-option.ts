import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The `bol` provider registered with id `bol` (see the README's install section). */
export const BOL_FULFILLMENT_PROVIDER_ID = "bol_bol"

type DeliveryRow = {
  stock_locations?: {
    id: string
    fulfillment_providers?: ({ id: string } | null)[] | null
    fulfillment_sets?: {
      service_zones?: { id: string; shipping_options?: ({ id: string; provider_id: string | null } | null)[] | null }[] | null
    }[] | null
  }[] | null
}

/** Where a shop ships from: its stock location, delivery zone, and its bol.com option if it has one. */
export async function shopDelivery(container: MedusaContainer, salesChannelId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: [
      "stock_locations.id",
      "stock_locations.fulfillment_providers.id",
      "stock_locations.fulfillment_sets.service_zones.id",
      "stock_locations.fulfillment_sets.service_zones.shipping_options.id",
      "stock_locations.fulfillment_sets.service_zones.shipping_options.provider_id",
    ],
    filters: { id: salesChannelId },
  })
  const location = ((data as DeliveryRow[])[0]?.stock_locations ?? [])[0]
  const zone = location?.fulfillment_sets?.[0]?.service_zones?.[0]
  if (!location || !zone) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The shop of sales channel ${salesChannelId} has no delivery zone`)
  }
  return {
    locationId: location.id,
    serviceZoneId: zone.id,
    providerLinked: (location.fulfillment_providers ?? []).some((p) => p?.id === BOL_FULFILLMENT_PROVIDER_ID),
    bolOption: (zone.shipping_options ?? []).find((o) => o?.provider_id === BOL_FULFILLMENT_PROVIDER_ID),
  }
}

/** The shop's bol.com shipping option; a 400 when no bol order of the shop was linked yet. */
export async function shopBolShippingOptionId(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const { bolOption } = await shopDelivery(container, salesChannelId)
  if (!bolOption) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop has no bol.com shipping option; link the order to a bol.com order first")
  }
  return bolOption.id
}
