import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { emitShopOrderMoved } from "./steps/emit-shop-order-moved"
import { loadShopOrderStep, type ShopOrderRef } from "./steps/load-shop-order"
import { shopOrderLockKey } from "./steps/order-lock"
import { validateShopOrderActionStep } from "./steps/validate-shop-order-action"

export type DeliverShopOrderInput = ShopOrderRef & { actor_id: string }

export const deliverShopOrderWorkflowId = "bazaar-deliver-shop-order"

/** A seller marks a shipped order delivered (Medusa's fulfillment gets its `delivered_at`). */
export const deliverShopOrderWorkflow = createWorkflow(deliverShopOrderWorkflowId, (input: DeliverShopOrderInput) => {
  const lockKey = shopOrderLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = loadShopOrderStep(input)
  const { fulfillment_id } = validateShopOrderActionStep({ order, action: "deliver" })
  const deliveredInput = transform({ order, fulfillment_id }, ({ order, fulfillment_id }) => ({
    orderId: order.id,
    fulfillmentId: fulfillment_id as string,
  }))
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliveredInput })
  releaseLockStep({ key: lockKey })
  emitShopOrderMoved(input, "deliver")
  return new WorkflowResponse({ order_id: input.order_id })
})
