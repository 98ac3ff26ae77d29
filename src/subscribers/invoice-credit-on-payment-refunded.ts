import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancellationCause, refundCause } from "../modules/invoice"
import { creditOrder } from "../workflows/invoices/credit-order"

type RefundedPayment = {
  id: string
  refunds?: { id: string; amount: unknown }[]
  payment_collection?: { order?: { id: string; status: string } | null } | null
}

/**
 * `payment.refunded` carries the payment's id only. Each refund of a live
 * order gets its own credit note; a refund of a canceled order belongs to the
 * cancellation's single credit note.
 */
export default async function creditRefundedPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id", "payment_collection.order.status"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as RefundedPayment | undefined
  const order = payment?.payment_collection?.order
  if (!payment || !order) return

  try {
    if (order.status === "canceled") {
      await creditOrder(container, { order_id: order.id, cause_key: cancellationCause(order.id), reason: "cancellation" })
      return
    }
    for (const refund of payment.refunds ?? []) {
      await creditOrder(container, { order_id: order.id, cause_key: refundCause(refund.id), reason: "refund", amount: Number(refund.amount) })
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(
      `Credit note for refunded payment ${payment.id} of order ${order.id} not issued: ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "bazaar-invoice-credit-on-payment-refunded" } }
