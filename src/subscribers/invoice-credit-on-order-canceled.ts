import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancellationCause } from "../modules/invoice"
import { creditOrder } from "../workflows/invoices/credit-order"

/**
 * A canceled order gets one credit note for all its invoice has left, paid or
 * not (a refund made by the same cancellation shares its cause key).
 */
export default async function creditCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await creditOrder(container, { order_id: event.data.id, cause_key: cancellationCause(event.data.id), reason: "cancellation" })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(
      `Credit note for canceled order ${event.data.id} not issued: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "bazaar-invoice-credit-on-order-canceled" } }
