import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { FindingInput } from "../../../modules/reconcile/service"
import { renderInvoicePdfWorkflow } from "../../invoices/render-invoice-pdf"

export const INVOICE_WITHOUT_PDF = "invoice-without-pdf"

/**
 * Starts rendering again for each invoice whose PDF is still not stored after
 * `pdf_after_minutes` (its own retries gave up). The invoice itself is final;
 * only its file is missing, and downloads render it from the snapshot meanwhile.
 */
export const renderMissingInvoicePdfsStep = createStep(
  "render-missing-invoice-pdfs",
  async (input: { now: string; pdf_after_minutes: number }, { container }) => {
    const cutoff = new Date(new Date(input.now).getTime() - input.pdf_after_minutes * 60 * 1000)
    const invoices = await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listInvoices({ file_id: null, created_at: { $lt: cutoff } }, { select: ["id", "number", "order_id"], take: 100 })
    const findings: FindingInput[] = []
    for (const invoice of invoices) {
      const base = { check: INVOICE_WITHOUT_PDF, subject_type: "invoice", subject_id: invoice.id, detail: { order_id: invoice.order_id, number: invoice.number } }
      try {
        await renderInvoicePdfWorkflow(container).run({ input: { invoice_id: invoice.id } })
        findings.push({ ...base, action: "repaired", outcome: `PDF of ${invoice.number} rendered again` })
      } catch (error) {
        findings.push({ ...base, action: "failed", outcome: `rendering the PDF failed: ${(error as Error).message}` })
      }
    }
    return new StepResponse(findings)
  }
)
