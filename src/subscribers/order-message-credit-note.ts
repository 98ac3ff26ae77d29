import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/**
 * Refunded (buyer, email with the credit note): the invoice module issues a credit note for every
 * refund and cancellation of an invoiced order, so this event (not payment.refunded) drives it.
 */
export default async function orderMessageCreditNote({ event, container }: SubscriberArgs<{ id: string; order_id: string }>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "refunded", order_id: event.data.order_id, document_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: BazaarEvents.CREDIT_NOTE_ISSUED, context: { subscriberId: "bazaar-order-message-credit-note" } }
