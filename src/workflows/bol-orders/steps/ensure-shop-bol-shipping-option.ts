import type { FilterableFulfillmentProviderProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { BOL_FULFILLMENT_PROVIDER_ID, shopDelivery } from "../utils/shop-bol-option"
import { defaultShippingProfileId } from "../../shops/utils/shipping-profile"
import { marketForCountry } from "../../shops/utils/commerce-context"

export type EnsureShopBolShippingOptionInput = { sales_channel_id: string; country_code: string; shop_name: string }

type Created = { shipping_option_id?: string; linked_location_id?: string }

async function assertProviderRegistered(container: MedusaContainer) {
  // FilterableFulfillmentProviderProps lists only `id`; the provider's `is_enabled` column filters as well
  const filters: FilterableFulfillmentProviderProps & { is_enabled: boolean } = {
    id: BOL_FULFILLMENT_PROVIDER_ID,
    is_enabled: true,
  }
  const providers = await container.resolve(Modules.FULFILLMENT).listFulfillmentProviders(filters)
  if (!providers.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The bol fulfillment provider is not registered: add { resolve: "medusa-plugin-bazaar/providers/bol-fulfillment", id: "bol" } to the Fulfillment module's providers in medusa-config (see the README)`
    )
  }
}

async function ensureOption(
  container: MedusaContainer,
  input: EnsureShopBolShippingOptionInput
): Promise<{ shipping_option_id: string; created: Created }> {
  const delivery = await shopDelivery(container, input.sales_channel_id)
  if (delivery.bolOption) {
    return { shipping_option_id: delivery.bolOption.id, created: {} }
  }
  const created: Created = {}
  if (!delivery.providerLinked) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: delivery.locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: BOL_FULFILLMENT_PROVIDER_ID },
    })
    created.linked_location_id = delivery.locationId
  }
  const { currency_code, region_id } = await marketForCountry(container, input.country_code)
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `bol.com order shipped by ${input.shop_name}`,
        price_type: "flat",
        provider_id: BOL_FULFILLMENT_PROVIDER_ID,
        service_zone_id: delivery.serviceZoneId,
        shipping_profile_id: await defaultShippingProfileId(container),
        data: { id: "bol-fbr" },
        type: { label: "bol.com (FBR)", description: "A bol.com order shipped by the seller", code: "bol-fbr" },
        prices: [{ currency_code, amount: 0 }, ...(region_id ? [{ region_id, amount: 0 }] : [])],
        rules: [
          { attribute: "enabled_in_store", value: "false", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  created.shipping_option_id = option.id
  return { shipping_option_id: option.id as string, created }
}

/**
 * The shop's "bol.com (FBR)" shipping option through the `bol` provider,
 * created on first use in the shop's delivery zone. It is hidden from the
 * storefront: only orders linked to bol.com are fulfilled with it.
 */
export const ensureShopBolShippingOptionStep = createStep(
  "ensure-shop-bol-shipping-option",
  async (input: EnsureShopBolShippingOptionInput, { container }) => {
    await assertProviderRegistered(container)
    // two orders of one shop linked at once must not make two options
    const { shipping_option_id, created } = await container
      .resolve(Modules.LOCKING)
      .execute(`bazaar-shop-bol-option:${input.sales_channel_id}`, () => ensureOption(container, input))
    return new StepResponse({ shipping_option_id }, created)
  },
  async (created: Created | undefined, { container }) => {
    if (created?.shipping_option_id) {
      await container.resolve(Modules.FULFILLMENT).deleteShippingOptions(created.shipping_option_id)
    }
    if (created?.linked_location_id) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: created.linked_location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: BOL_FULFILLMENT_PROVIDER_ID },
      })
    }
  }
)
