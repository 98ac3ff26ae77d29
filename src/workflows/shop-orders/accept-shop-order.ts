import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ShipmentDetails } from "../../lib/orders/shop-order-state"
import { refuseUnapprovedDealOrderStep } from "../deals/steps/deal-order"
import { captureCardPaymentsStep } from "./steps/capture-card-payments"
import { emitShopOrderMoved } from "./steps/emit-shop-order-moved"
import { findBolFulfillmentStep } from "./steps/find-bol-fulfillment"
import { loadShopOrderStep, type ShopOrderRef } from "./steps/load-shop-order"
import { shopOrderLockKey } from "./steps/order-lock"
import { validateShopOrderActionStep } from "./steps/validate-shop-order-action"

export type AcceptShopOrderInput = ShopOrderRef & {
  actor_id: string
  /** Only for an order linked to bol.com: bol's transporter code and tracking number. */
  shipment?: Pick<ShipmentDetails, "transporter_code" | "tracking_number">
}

export const acceptShopOrderWorkflowId = "bazaar-accept-shop-order"

/**
 * A seller accepts a placed order: its card payment is captured (when
 * `payments.captureOn` is "accept", the default), Medusa packs a fulfillment of every item;
 * an order linked to bol.com is shipped on bol.com through the `bol` provider.
 */
export const acceptShopOrderWorkflow = createWorkflow(acceptShopOrderWorkflowId, (input: AcceptShopOrderInput) => {
  const lockKey = shopOrderLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = loadShopOrderStep(input)
  const bol = findBolFulfillmentStep(order)
  const linked = transform({ bol }, ({ bol }) => !!bol)
  validateShopOrderActionStep({ order, action: "accept", shipment: input.shipment, linked_to_bol: linked })
  refuseUnapprovedDealOrderStep({ order_id: input.order_id })
  // before packing: a capture that fails leaves the order placed, for the seller to accept again
  captureCardPaymentsStep({ order_id: input.order_id, stage: "accept", captured_by: input.actor_id })

  const fulfillmentInput = transform({ input, order, bol }, ({ input, order, bol }) => ({
    order_id: order.id,
    items: order.items,
    created_by: input.actor_id,
    ...(bol
      ? {
          shipping_option_id: bol.shipping_option_id,
          additional_data: input.shipment?.transporter_code
            ? { bol_transport: { transporter_code: input.shipment.transporter_code, track_and_trace: input.shipment.tracking_number } }
            : {},
        }
      : {}),
  }))
  createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  releaseLockStep({ key: lockKey })
  emitShopOrderMoved(input, "accept")
  return new WorkflowResponse({ order_id: input.order_id })
})
