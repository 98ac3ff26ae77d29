import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { renderAndStoreInvoicePdfStep } from "./steps/render-and-store-invoice-pdf"

export type RenderInvoicePdfInput = { invoice_id: string }

export const renderInvoicePdfWorkflowId = "bazaar-render-invoice-pdf"

/**
 * Renders an issued invoice's PDF and stores it, retrying failures in the
 * background (the order and its invoice never wait for it), then emits
 * `bazaar.invoice.pdf_ready`.
 */
export const renderInvoicePdfWorkflow = createWorkflow(renderInvoicePdfWorkflowId, (input: RenderInvoicePdfInput) => {
  const { data } = useQueryGraphStep({
    entity: "invoice",
    fields: ["id", "order_id", "shop_id"],
    filters: { id: input.invoice_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "load-invoice-to-render" })
  const result = renderAndStoreInvoicePdfStep(input)
  when("emit-invoice-pdf-ready", { result }, ({ result }) => result.stored).then(() => {
    const event = transform({ data }, ({ data }) => ({ id: data[0].id, order_id: data[0].order_id, shop_id: data[0].shop_id }))
    emitEventStep({ eventName: BazaarEvents.INVOICE_PDF_READY, data: event }).config({ name: "emit-invoice-pdf-ready" })
  })
  return new WorkflowResponse(result)
})
