import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

type PaymentFailed = { cart_id: string; reason?: string }

/** Payment failed (buyer, email only): the card was declined at checkout; the cart stays. */
export default async function orderMessagePaymentFailed({ event, container }: SubscriberArgs<PaymentFailed>) {
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "payment_failed", cart_id: event.data.cart_id, reason: event.data.reason },
  })
}

export const config: SubscriberConfig = { event: BazaarEvents.PAYMENT_FAILED, context: { subscriberId: "bazaar-order-message-payment-failed" } }
