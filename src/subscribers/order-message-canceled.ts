import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Canceled (buyer by email or SMS, and the seller), whoever canceled: seller, operator or the pipeline. */
export default async function orderMessageCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMessagesWorkflow(container).run({ input: { event: event.name, stage: "canceled", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED, context: { subscriberId: "bazaar-order-message-canceled" } }
