import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Invoice (buyer, email with the PDF): sent when the PDF is stored, not when the number is issued. */
export default async function orderMessageInvoice({ event, container }: SubscriberArgs<{ id: string; order_id: string }>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "invoice", order_id: event.data.order_id, document_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: BazaarEvents.INVOICE_PDF_READY, context: { subscriberId: "bazaar-order-message-invoice" } }
