import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BazaarEvents } from "../workflows/events"
import { renderInvoicePdfWorkflow } from "../workflows/invoices/render-invoice-pdf"

/** Renders and stores an issued invoice's PDF; the workflow retries failures in the background. */
export default async function renderInvoicePdf({ event, container }: SubscriberArgs<{ id: string }>) {
  const { errors } = await renderInvoicePdfWorkflow(container).run({ input: { invoice_id: event.data.id }, throwOnError: false })
  if (errors.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(
      `Invoice ${event.data.id}: PDF not stored (the reconcile job retries): ${errors[0].error?.message}`
    )
  }
}

export const config: SubscriberConfig = { event: BazaarEvents.INVOICE_ISSUED, context: { subscriberId: "bazaar-invoice-render-pdf" } }
