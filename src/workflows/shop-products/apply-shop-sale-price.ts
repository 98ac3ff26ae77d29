import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setShopSalePriceStep, type ShopSalePriceInput } from "./steps/set-shop-sale-price"

export const applyShopSalePriceWorkflowId = "bazaar-apply-shop-sale-price"

/**
 * Sets (or with `amount: null` removes) a variant's sale price in its shop's
 * `sale` price list. One at a time per shop: the first sale price creates the list.
 */
export const applyShopSalePriceWorkflow = createWorkflow(applyShopSalePriceWorkflowId, (input: ShopSalePriceInput) => {
  const lockKey = transform({ input }, ({ input }) => `shop-price-list:${input.shop_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30, executeOnSubWorkflow: true })
  const result = setShopSalePriceStep(input)
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  return new WorkflowResponse(result)
})
