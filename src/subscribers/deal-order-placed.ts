import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordDealOrderWorkflow } from "../workflows/deals/record-deal-order"

/** A placed order with deal lines waits for an operator's approval. */
export default async function dealOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordDealOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "bazaar-deal-order-placed" } }
