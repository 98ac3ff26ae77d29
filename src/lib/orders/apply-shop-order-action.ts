import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { cancelShopOrderWorkflow } from "../../workflows/shop-orders/cancel-shop-order"
import { activeFulfillment, refusalOf, shopOrderState, type ShopOrderAction } from "./shop-order-state"

export type ShipmentDetails = { tracking_number?: string; tracking_url?: string; transporter_code?: string }

/** For an order linked to bol.com: the shop's bol option, through which accepting ships the order on bol. */
export type BolFulfillment = { shipping_option_id: string }

/**
 * Moves a shop order one step with Medusa's order workflows: accept packs a
 * fulfillment of every item, ship records the shipment (with its tracking
 * number), deliver marks it delivered, cancel cancels the order.
 */
export async function applyShopOrderAction(
  container: MedusaContainer,
  order: Record<string, any>,
  action: ShopOrderAction,
  actorId: string,
  shipment: ShipmentDetails = {},
  bol?: BolFulfillment
) {
  const refusal = refusalOf(action, shopOrderState(order as any))
  if (refusal) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
  const items = ((order.items ?? []) as any[]).map((item) => ({ id: item.id as string, quantity: Number(item.quantity) }))
  const fulfillment = activeFulfillment(order as any)

  switch (action) {
    case "accept":
      await createOrderFulfillmentWorkflow(container).run({
        input: {
          order_id: order.id,
          items,
          created_by: actorId,
          ...(bol
            ? {
                shipping_option_id: bol.shipping_option_id,
                additional_data: shipment.transporter_code
                  ? { bol_transport: { transporter_code: shipment.transporter_code, track_and_trace: shipment.tracking_number } }
                  : {},
              }
            : {}),
        },
      })
      return
    case "ship":
      await createOrderShipmentWorkflow(container).run({
        input: {
          order_id: order.id,
          fulfillment_id: fulfillment!.id,
          items,
          created_by: actorId,
          labels: shipment.tracking_number
            ? [{ tracking_number: shipment.tracking_number, tracking_url: shipment.tracking_url ?? "", label_url: "" }]
            : [],
        },
      })
      return
    case "deliver":
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({
        input: { orderId: order.id, fulfillmentId: fulfillment!.id },
      })
      return
    case "cancel":
      await cancelShopOrderWorkflow(container).run({
        input: { order_id: order.id, fulfillment_id: fulfillment?.id ?? null, canceled_by: actorId },
      })
      return
  }
}
