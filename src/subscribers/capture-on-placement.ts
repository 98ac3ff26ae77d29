import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BAZAAR_MODULE } from "../modules/bazaar"
import type BazaarModuleService from "../modules/bazaar/service"
import { captureOrderPaymentWorkflow } from "../workflows/shop-orders/capture-order-payment"

/** `payments.captureOn: "placement"`: a placed order's card payment is captured at once (otherwise nothing happens). */
export default async function captureOnPlacement({ event, container }: SubscriberArgs<{ id: string }>) {
  if (container.resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments.captureOn !== "placement") return
  await captureOrderPaymentWorkflow(container).run({ input: { order_id: event.data.id, stage: "placement" } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "bazaar-capture-on-placement" } }
