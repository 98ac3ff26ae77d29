import { createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"

export type CancelShopOrderInput = { order_id: string; fulfillment_id: string | null; canceled_by: string }

export const cancelShopOrderWorkflowId = "bazaar-cancel-shop-order"

/**
 * Cancels a shop order that has not shipped: its packed fulfillment first
 * (Medusa refuses to cancel an order with a live fulfillment), then the order.
 */
export const cancelShopOrderWorkflow = createWorkflow(cancelShopOrderWorkflowId, (input: CancelShopOrderInput) => {
  when("cancel-packed-fulfillment", { input }, ({ input }) => !!input.fulfillment_id).then(() => {
    const fulfillmentInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id as string,
      canceled_by: input.canceled_by,
    }))
    cancelOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  })
  const orderInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by }))
  cancelOrderWorkflow.runAsStep({ input: orderInput })
})
