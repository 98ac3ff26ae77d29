import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Deal order approved (buyer, email or SMS); a card payment's "payment confirmed" follows from payment.captured. */
export default async function dealMessageApproved({ event, container }: SubscriberArgs<{ order_id: string; deal_ids: string[] }>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "deal_approved", order_id: event.data.order_id, deal_ids: event.data.deal_ids },
  })
}

export const config: SubscriberConfig = { event: BazaarEvents.DEAL_ORDER_APPROVED, context: { subscriberId: "bazaar-deal-message-approved" } }
