import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BAZAAR_MODULE } from "../modules/bazaar"
import type BazaarModuleService from "../modules/bazaar/service"
import { awaitsDealApproval } from "../workflows/deals/steps/deal-order"
import { captureOrderPaymentWorkflow } from "../workflows/shop-orders/capture-order-payment"

/**
 * `payments.captureOn: "placement"`: a placed order's card payment is captured
 * at once (otherwise nothing happens); a deal order's waits for the operator's approval.
 */
export default async function captureOnPlacement({ event, container }: SubscriberArgs<{ id: string }>) {
  if (container.resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments.captureOn !== "placement") return
  if (await awaitsDealApproval(container, event.data.id)) return
  await captureOrderPaymentWorkflow(container).run({ input: { order_id: event.data.id, stage: "placement" } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "bazaar-capture-on-placement" } }
