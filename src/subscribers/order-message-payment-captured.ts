import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

/** Payment confirmed (buyer): Medusa captured the order's payment, whichever workflow captured it. */
export default async function orderMessagePaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "payment_confirmed", payment_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED, context: { subscriberId: "bazaar-order-message-payment-captured" } }
