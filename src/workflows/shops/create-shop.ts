import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createApiKeysWorkflow,
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../modules/seller"
import type { NewShop } from "../../modules/seller/service"
import { createShopDeliveryStep } from "./steps/create-shop-delivery"
import { createShopRecordStep } from "./steps/create-shop-record"

export const createShopWorkflowId = "bazaar-create-shop"

/**
 * Opens a shop for a seller: a unique handle, its own sales channel and
 * publishable API key (bound together), the links from the shop to both, and
 * delivery from the shop's address (stock location, zone, shipping option).
 */
export const createShopWorkflow = createWorkflow(createShopWorkflowId, (input: NewShop) => {
  const shop = createShopRecordStep(input)

  const channelInput = transform({ input, shop }, ({ input, shop }) => ({
    salesChannelsData: [{ name: `${input.name} (${shop.handle})`, description: `Bazaar shop ${shop.id}` }],
  }))
  const channels = createSalesChannelsWorkflow.runAsStep({ input: channelInput })

  const keyInput = transform({ input, shop }, ({ input, shop }) => ({
    api_keys: [{ title: `Shop ${shop.handle}`, type: "publishable" as const, created_by: input.seller_id }],
  }))
  const keys = createApiKeysWorkflow.runAsStep({ input: keyInput })

  const bindInput = transform({ channels, keys }, ({ channels, keys }) => ({
    id: keys[0].id,
    add: [channels[0].id],
  }))
  linkSalesChannelsToApiKeyWorkflow.runAsStep({ input: bindInput })

  const links = transform({ shop, channels, keys }, ({ shop, channels, keys }): LinkDefinition[] => [
    { [SELLER_MODULE]: { shop_id: shop.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channels[0].id } },
    { [SELLER_MODULE]: { shop_id: shop.id }, [Modules.API_KEY]: { api_key_id: keys[0].id } },
  ])
  createRemoteLinkStep(links)

  const deliveryInput = transform({ input, shop, channels }, ({ input, shop, channels }) => ({
    shop: { ...input, id: shop.id, handle: shop.handle, phone: input.phone ?? null },
    sales_channel_id: channels[0].id,
  }))
  createShopDeliveryStep(deliveryInput)

  const result = transform({ shop, channels, keys }, ({ shop, channels, keys }) => ({
    id: shop.id,
    handle: shop.handle,
    sales_channel_id: channels[0].id,
    publishable_key: keys[0].token,
  }))
  return new WorkflowResponse(result)
})
