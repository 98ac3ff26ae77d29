import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BazaarEvents } from "../workflows/events"
import { sendOrderMessagesWorkflow } from "../workflows/messages/send-order-messages"

type WaitlistOffered = { id: string; deal_id: string; customer_id: string; offered_until: string }

/** A released deal unit offered to the first in the waitlist (the customer, email or SMS), until when it is held. */
export default async function dealMessageWaitlistOffered({ event, container }: SubscriberArgs<WaitlistOffered>) {
  const { id, deal_id, customer_id, offered_until } = event.data
  await sendOrderMessagesWorkflow(container).run({
    input: { event: event.name, stage: "deal_waitlist_offered", waitlist_entry_id: id, deal_id, customer_id, offered_until },
  })
}

export const config: SubscriberConfig = {
  event: BazaarEvents.DEAL_WAITLIST_OFFERED,
  context: { subscriberId: "bazaar-deal-message-waitlist-offered" },
}
