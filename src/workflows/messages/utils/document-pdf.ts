import type { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE, renderCreditNotePdf, type CreditNoteSnapshot } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { orderInvoicePdf } from "../../invoices/order-invoice-documents"

/**
 * The PDF of an invoice (its stored copy through the File module, or rendered again from its
 * snapshot while storing is retried) or of a credit note (rendered from its immutable snapshot).
 */
export async function documentPdf(container: MedusaContainer, kind: "invoice" | "credit_note", documentId: string): Promise<Buffer> {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  if (kind === "invoice") {
    const [invoice] = await invoices.listInvoices({ id: documentId })
    if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${documentId} was not found`)
    if (invoice.file_id) {
      return container.resolve<IFileModuleService>(Modules.FILE).getAsBuffer(invoice.file_id)
    }
    return (await orderInvoicePdf(container, invoice.order_id)).pdf
  }
  const [note] = await invoices.listCreditNotes({ id: documentId })
  if (!note) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit note ${documentId} was not found`)
  return renderCreditNotePdf({
    number: note.number,
    issued_at: new Date(note.issued_at),
    snapshot: note.snapshot as unknown as CreditNoteSnapshot,
    amount: Number(note.amount),
    reason: note.reason,
  })
}
