import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findOrCreateShopCategoryStep, type ShopCategoryInput } from "./steps/find-or-create-shop-category"

export const shopCategoryWorkflowId = "bazaar-shop-category"

/** The shop's category called `name` (case-insensitive), created on first use; one creator at a time. */
export const shopCategoryWorkflow = createWorkflow(shopCategoryWorkflowId, (input: ShopCategoryInput) => {
  const lockKey = transform({ input }, ({ input }) => `shop-category:${input.shop_id}:${input.name.toLowerCase()}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30, executeOnSubWorkflow: true })
  const category = findOrCreateShopCategoryStep(input)
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  return new WorkflowResponse(category)
})
