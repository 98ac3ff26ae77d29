import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, renderInvoicePdf, type InvoiceSnapshot } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/**
 * How often a failed rendering or upload is tried again (every 5 s, 6 times:
 * a File provider outage of about half a minute). Longer outages are left to
 * the reconcile job, which finds invoices without a PDF.
 */
export const INVOICE_PDF_RETRY = { maxRetries: 6, retryInterval: 5 }

/**
 * Renders the invoice's PDF and stores it through the File module (private
 * access). If another run stored one first, this run's copy is deleted.
 */
export const renderAndStoreInvoicePdfStep = createStep(
  { name: "render-and-store-invoice-pdf", ...INVOICE_PDF_RETRY },
  async ({ invoice_id }: { invoice_id: string }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const invoice = await invoices.retrieveInvoice(invoice_id)
    if (invoice.file_id) return new StepResponse({ stored: false, file_id: invoice.file_id })

    const pdf = await renderInvoicePdf({
      number: invoice.number,
      issued_at: new Date(invoice.issued_at),
      snapshot: invoice.snapshot as unknown as InvoiceSnapshot,
    })
    const files = container.resolve<IFileModuleService>(Modules.FILE)
    const file = await files.createFiles({
      filename: `invoices/${invoice.number}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    const stored = await invoices.recordInvoicePdf(invoice.id, { id: file.id, url: file.url })
    if (!stored) await files.deleteFiles(file.id)
    return new StepResponse({ stored, file_id: stored ? file.id : invoice.file_id })
  }
)
