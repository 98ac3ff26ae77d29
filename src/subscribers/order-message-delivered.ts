import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Delivered (buyer, email or SMS). */
export default async function orderMessageDelivered({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMessagesWorkflow(container).run({ input: { event: event.name, stage: "delivered", fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.DELIVERY_CREATED, context: { subscriberId: "bazaar-order-message-delivered" } }
