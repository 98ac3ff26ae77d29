import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { issueOrderInvoiceWorkflow } from "../workflows/invoices/issue-order-invoice"

/**
 * Issues the invoice of every placed shop order. A redelivered event answers the
 * same invoice; a failure is logged and left to the reconcile job, never
 * undoing the order.
 */
export default async function issueInvoiceOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await issueOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    // an order outside Bazaar's shops (the host shop's own, in plugin mode) has no seller to invoice
    if ((error as { type?: string }).type === MedusaError.Types.NOT_ALLOWED) return
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(
      `Invoice for order ${event.data.id} not issued yet (the reconcile job retries): ${(error as Error).message}`
    )
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "bazaar-invoice-issue-on-order-placed" } }
