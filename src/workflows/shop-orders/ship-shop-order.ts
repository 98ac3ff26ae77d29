import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ShipmentDetails } from "../../lib/orders/shop-order-state"
import { captureCardPaymentsStep } from "./steps/capture-card-payments"
import { emitShopOrderMoved } from "./steps/emit-shop-order-moved"
import { loadShopOrderStep, type ShopOrderRef } from "./steps/load-shop-order"
import { shopOrderLockKey } from "./steps/order-lock"
import { validateShopOrderActionStep } from "./steps/validate-shop-order-action"

export type ShipShopOrderInput = ShopOrderRef & {
  actor_id: string
  shipment?: Pick<ShipmentDetails, "tracking_number" | "tracking_url">
}

export const shipShopOrderWorkflowId = "bazaar-ship-shop-order"

/** A seller ships an accepted order: Medusa records the shipment, with its tracking number as label. */
export const shipShopOrderWorkflow = createWorkflow(shipShopOrderWorkflowId, (input: ShipShopOrderInput) => {
  const lockKey = shopOrderLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = loadShopOrderStep(input)
  const { fulfillment_id } = validateShopOrderActionStep({ order, action: "ship", shipment: input.shipment })
  captureCardPaymentsStep({ order_id: input.order_id, stage: "ship", captured_by: input.actor_id })

  const shipmentInput = transform({ input, order, fulfillment_id }, ({ input, order, fulfillment_id }) => ({
    order_id: order.id,
    fulfillment_id: fulfillment_id as string,
    items: order.items,
    created_by: input.actor_id,
    labels: input.shipment?.tracking_number
      ? [{ tracking_number: input.shipment.tracking_number, tracking_url: input.shipment.tracking_url ?? "", label_url: "" }]
      : [],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  releaseLockStep({ key: lockKey })
  emitShopOrderMoved(input, "ship")
  return new WorkflowResponse({ order_id: input.order_id })
})
