import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { STRIPE_PROVIDER_ID } from "../../options/payments"

export type MarketplaceBasics = {
  salesChannelId: string
  publishableKey: string
  regionIds: string[]
  stockLocationId: string
}

const COUNTRIES_EUR = ["nl", "be", "de"]

/**
 * The marketplace every demo builds on: store currencies, a euro and a rupee
 * region with tax regions, the marketplace sales channel with its
 * publishable key, and a warehouse that ships with Medusa's manual provider.
 */
export async function createMarketplaceBasics(
  container: MedusaContainer
): Promise<MarketplaceBasics> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [store] = await container.resolve(Modules.STORE).listStores()

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: "Bazaar marketplace", description: "Demo marketplace" },
      ],
    },
  })

  // card payments (pp_stripe_stripe) where Stripe is configured, pay on delivery always
  const stripe = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: [STRIPE_PROVIDER_ID] })
  const paymentProviders = ["pp_system_default", ...stripe.map((provider) => provider.id)]
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES_EUR,
          payment_providers: paymentProviders,
        },
        {
          name: "India",
          currency_code: "inr",
          countries: ["in"],
          payment_providers: paymentProviders,
        },
      ],
    },
  })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bazaar",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "inr" },
        ],
        default_sales_channel_id: salesChannel.id,
        default_region_id: regions[0].id,
      },
    },
  })

  await createTaxRegionsWorkflow(container).run({
    input: [...COUNTRIES_EUR, "in"].map((country_code) => ({
      country_code,
      provider_id: "tp_system",
    })),
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "Bazaar demo storefront", type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Bazaar demo warehouse",
          address: { city: "Amsterdam", country_code: "nl", address_1: "" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [salesChannel.id] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const [shippingProfile] = await fulfillment.listShippingProfiles({
    type: "default",
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Bazaar demo delivery",
    type: "shipping",
    service_zones: [
      {
        name: "Demo countries",
        geo_zones: [...COUNTRIES_EUR, "in"].map((country_code) => ({
          country_code,
          type: "country" as const,
        })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [
          { currency_code: "eur", amount: 5 },
          { currency_code: "inr", amount: 49 },
          ...regions.map((region) => ({
            region_id: region.id,
            amount: region.currency_code === "inr" ? 49 : 5,
          })),
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  return {
    salesChannelId: salesChannel.id,
    publishableKey: apiKey.token,
    regionIds: regions.map((region) => region.id),
    stockLocationId: warehouse.id,
  }
}
