import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/**
 * Accepted (buyer): the seller accepted the order. Only `accept` is taken from this event; ship,
 * deliver and cancel have Medusa's own events (shipment.created, delivery.created, order.canceled),
 * which also cover the admin and bol.com paths.
 */
export default async function orderMessageAccepted({ event, container }: SubscriberArgs<{ id: string; action: string }>) {
  if (event.data.action !== "accept") return
  await sendOrderMessagesWorkflow(container).run({ input: { event: event.name, stage: "accepted", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: BazaarEvents.SHOP_ORDER_MOVED, context: { subscriberId: "bazaar-order-message-accepted" } }
