import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { updateShopRecordStep } from "./steps/update-shop-record"
import type { UpdateShopInput } from "./types"

export type { UpdateShopInput } from "./types"

export const updateShopWorkflowId = "bazaar-update-shop"

/** Renames a shop, changes its address or moves its link; emits `bazaar.shop.updated`. */
export const updateShopWorkflow = createWorkflow(updateShopWorkflowId, (input: UpdateShopInput) => {
  const shop = updateShopRecordStep(input)
  const event = transform({ shop }, ({ shop }) => ({ id: shop.id, handle: shop.handle }))
  emitEventStep({ eventName: BazaarEvents.SHOP_UPDATED, data: event })
  return new WorkflowResponse(shop)
})
