import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Deal order awaiting approval (buyer, email or SMS): placed with deal units, it waits for an operator. */
export default async function dealMessageAwaitingApproval({ event, container }: SubscriberArgs<{ order_id: string; deal_ids: string[] }>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "deal_awaiting_approval", order_id: event.data.order_id, deal_ids: event.data.deal_ids },
  })
}

export const config: SubscriberConfig = {
  event: BazaarEvents.DEAL_ORDER_AWAITING_APPROVAL,
  context: { subscriberId: "bazaar-deal-message-awaiting-approval" },
}
