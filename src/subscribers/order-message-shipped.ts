import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Shipped (buyer, email or SMS) with the fulfillment's tracking number and link; honours `no_notification`. */
export default async function orderMessageShipped({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await sendOrderMessagesWorkflow(container).run({ input: { event: event.name, stage: "shipped", fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.SHIPMENT_CREATED, context: { subscriberId: "bazaar-order-message-shipped" } }
