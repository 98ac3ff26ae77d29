import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Order received (buyer, by email or SMS) and new order (seller). */
export default async function orderMessagePlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMessagesWorkflow(container).run({ input: { event: event.name, stage: "received", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "bazaar-order-message-placed" } }
