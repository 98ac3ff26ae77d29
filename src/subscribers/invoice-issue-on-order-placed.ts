import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { issueOrderInvoiceWorkflow } from "../workflows/invoices/issue-order-invoice"

/**
 * Issues the invoice of every placed order. A redelivered event answers the
 * same invoice; a failure is logged and left to the reconcile job, never
 * undoing the order.
 */
export default async function issueInvoiceOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await issueOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(
      `Invoice for order ${event.data.id} not issued yet (the reconcile job retries): ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "bazaar-invoice-issue-on-order-placed" } }
