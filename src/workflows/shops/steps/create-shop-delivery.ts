import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { defaultShippingProfileId } from "../utils/shipping-profile"
import { marketForCountry } from "../utils/commerce-context"

export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

export type CreateShopDeliveryInput = {
  shop: { id: string; name: string; handle: string; address_line: string; city: string; postal_code: string; country_code: string; phone: string | null }
  sales_channel_id: string
}

type Created = { stock_location_id: string; fulfillment_set_id: string; shipping_option_id: string | null }

/**
 * The shop ships from its own address: a stock location with the shop's
 * address, serving the shop's sales channel, with a fulfillment set for the
 * shop's country and a free "Delivery by <shop>" option through Medusa's
 * manual provider. Orders of the shop are fulfilled from there.
 */
export const createShopDeliveryStep = createStep(
  "create-shop-delivery",
  async (input: CreateShopDeliveryInput, { container }) => {
    const created: Created = { stock_location_id: "", fulfillment_set_id: "", shipping_option_id: null }
    try {
      await createDelivery(container, input, created)
    } catch (error) {
      await removeDelivery(container, created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created: Created | undefined, { container }) => {
    if (created) await removeDelivery(container, created)
  }
)

async function createDelivery(
  container: MedusaContainer,
  { shop, sales_channel_id }: CreateShopDeliveryInput,
  created: Created
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const location = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({
    name: `${shop.name} (${shop.handle})`,
    address: {
      address_1: shop.address_line,
      city: shop.city,
      postal_code: shop.postal_code,
      country_code: shop.country_code,
      phone: shop.phone ?? undefined,
    },
  })
  created.stock_location_id = location.id
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `Delivery by ${shop.handle}`,
    type: "shipping",
    service_zones: [
      {
        name: `${shop.handle}: ${shop.country_code.toUpperCase()}`,
        geo_zones: [{ type: "country", country_code: shop.country_code.toLowerCase() }],
      },
    ],
  })
  created.fulfillment_set_id = fulfillmentSet.id
  await link.create([
    { [Modules.SALES_CHANNEL]: { sales_channel_id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
  ])

  const { currency_code, region_id } = await marketForCountry(container, shop.country_code)
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `Delivery by ${shop.name}`,
        price_type: "flat",
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: await defaultShippingProfileId(container),
        type: { label: "Seller delivery", description: "Delivered by the shop", code: "seller-delivery" },
        prices: [
          { currency_code, amount: 0 },
          ...(region_id ? [{ region_id, amount: 0 }] : []),
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  created.shipping_option_id = option.id
}

async function removeDelivery(container: MedusaContainer, created: Created) {
  if (!created.stock_location_id) return
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  if (created.shipping_option_id) await fulfillment.deleteShippingOptions(created.shipping_option_id)
  if (created.fulfillment_set_id) await fulfillment.deleteFulfillmentSets(created.fulfillment_set_id)
  await container.resolve(ContainerRegistrationKeys.LINK).delete({
    [Modules.STOCK_LOCATION]: { stock_location_id: created.stock_location_id },
  })
  await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations(created.stock_location_id)
}
