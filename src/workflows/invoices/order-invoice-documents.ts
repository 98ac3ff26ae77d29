import type { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE, renderInvoicePdf, type InvoiceSnapshot } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"

export type PresentedInvoice = {
  id: string
  number: string
  order_id: string
  shop_id: string
  currency_code: string
  total: number
  issued_at: string
  pdf_ready: boolean
  download_url: string
  payment_method: string
}

export type PresentedCreditNote = {
  id: string
  number: string
  invoice_number: string
  reason: "cancellation" | "refund"
  currency_code: string
  amount: number
  issued_at: string
}

const iso = (value: unknown) => new Date(value as string).toISOString()

/**
 * The order's invoice and credit notes as the download routes answer them;
 * 404 when the order has none yet. `downloadUrl` is the surface's PDF route.
 */
export async function orderInvoiceDocuments(container: MedusaContainer, orderId: string, downloadUrl: string) {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [invoice] = await invoices.listInvoices({ order_id: orderId })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} has no invoice yet`)
  const notes = await invoices.listCreditNotes({ order_id: orderId }, { order: { sequence: "ASC" } })
  const presented: PresentedInvoice = {
    id: invoice.id,
    number: invoice.number,
    order_id: invoice.order_id,
    shop_id: invoice.shop_id,
    currency_code: invoice.currency_code,
    total: Number(invoice.total),
    issued_at: iso(invoice.issued_at),
    pdf_ready: Boolean(invoice.file_id),
    download_url: downloadUrl,
    payment_method: (invoice.snapshot as unknown as InvoiceSnapshot).payment_method,
  }
  const credit_notes: PresentedCreditNote[] = notes.map((note) => ({
    id: note.id,
    number: note.number,
    invoice_number: invoice.number,
    reason: note.reason,
    currency_code: note.currency_code,
    amount: Number(note.amount),
    issued_at: iso(note.issued_at),
  }))
  return { invoice: presented, credit_notes }
}

/**
 * The order's invoice PDF: the stored copy, or, while its rendering is still
 * being retried, the same document rendered from the snapshot.
 */
export async function orderInvoicePdf(container: MedusaContainer, orderId: string): Promise<{ filename: string; pdf: Buffer }> {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const [invoice] = await invoices.listInvoices({ order_id: orderId })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} has no invoice yet`)
  const filename = `${invoice.number}.pdf`
  if (invoice.file_id) {
    try {
      return { filename, pdf: await container.resolve<IFileModuleService>(Modules.FILE).getAsBuffer(invoice.file_id) }
    } catch {
      // the stored copy is unreachable: the snapshot renders the same document
    }
  }
  const pdf = await renderInvoicePdf({
    number: invoice.number,
    issued_at: new Date(invoice.issued_at),
    snapshot: invoice.snapshot as unknown as InvoiceSnapshot,
  })
  return { filename, pdf }
}
