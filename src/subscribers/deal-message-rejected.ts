import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

type DealOrderRejected = { order_id: string; deal_ids: string[]; reason: string; automatic: boolean }

/** Deal order rejected (buyer, email or SMS) with the reason, by an operator or automatically. */
export default async function dealMessageRejected({ event, container }: SubscriberArgs<DealOrderRejected>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "deal_rejected", order_id: event.data.order_id, deal_ids: event.data.deal_ids, reason: event.data.reason },
  })
}

export const config: SubscriberConfig = { event: BazaarEvents.DEAL_ORDER_REJECTED, context: { subscriberId: "bazaar-deal-message-rejected" } }
