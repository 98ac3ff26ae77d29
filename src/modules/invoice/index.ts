import { Module } from "@medusajs/framework/utils"
import InvoiceModuleService from "./service"

export const INVOICE_MODULE = "invoice"

export default Module(INVOICE_MODULE, {
  service: InvoiceModuleService,
})

export type { IssueCreditNoteInput, IssueInvoiceInput } from "./service"
export type * from "./utils/snapshot"
export { cancellationCause, refundCause } from "./utils/credit-note-cause"
export { renderInvoicePdf, renderCreditNotePdf } from "./utils/render-pdf"
