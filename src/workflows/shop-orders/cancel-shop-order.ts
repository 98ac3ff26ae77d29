import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { refuseUnapprovedDealOrderStep } from "../deals/steps/deal-order"
import { emitShopOrderMoved } from "./steps/emit-shop-order-moved"
import { loadShopOrderStep, type ShopOrderRef } from "./steps/load-shop-order"
import { shopOrderLockKey } from "./steps/order-lock"
import { validateShopOrderActionStep } from "./steps/validate-shop-order-action"

export type CancelShopOrderInput = ShopOrderRef & { actor_id: string }

export const cancelShopOrderWorkflowId = "bazaar-cancel-shop-order"

/**
 * A seller cancels an order that has not shipped: its packed fulfillment first
 * (Medusa refuses to cancel an order with a live fulfillment), then the order.
 */
export const cancelShopOrderWorkflow = createWorkflow(cancelShopOrderWorkflowId, (input: CancelShopOrderInput) => {
  const lockKey = shopOrderLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = loadShopOrderStep(input)
  const { fulfillment_id } = validateShopOrderActionStep({ order, action: "cancel" })
  refuseUnapprovedDealOrderStep({ order_id: input.order_id })

  when("cancel-packed-fulfillment", { fulfillment_id }, ({ fulfillment_id }) => !!fulfillment_id).then(() => {
    const fulfillmentInput = transform({ input, fulfillment_id }, ({ input, fulfillment_id }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment_id as string,
      canceled_by: input.actor_id,
    }))
    cancelOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  })
  const orderInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id }))
  cancelOrderWorkflow.runAsStep({ input: orderInput })
  releaseLockStep({ key: lockKey })
  emitShopOrderMoved(input, "cancel")
  return new WorkflowResponse({ order_id: input.order_id })
})
