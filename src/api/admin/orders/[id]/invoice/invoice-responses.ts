import { z } from "@medusajs/framework/zod"
import type { MedusaResponse } from "@medusajs/framework/http"
import { amount, timestamp, type OperationContract } from "../../../../../lib/openapi"

/** Shared by the buyer's, the seller's and the operators' invoice routes. */
export const InvoiceDocument = z.object({
  id: z.string(),
  number: z.string().describe("`<SHOP>-<YYYY>-<000123>`: numbered per shop and year, no gaps"),
  order_id: z.string(),
  shop_id: z.string(),
  currency_code: z.string(),
  total: amount,
  issued_at: timestamp,
  pdf_ready: z.boolean().describe("Whether the PDF is stored yet; the download works either way"),
  download_url: z.string().describe("This surface's PDF route (same authentication)"),
  payment_method: z.string(),
})

export const CreditNoteDocument = z.object({
  id: z.string(),
  number: z.string().describe("`<SHOP>-CN-<YYYY>-<000123>`: its own sequence per shop and year"),
  invoice_number: z.string(),
  reason: z.enum(["cancellation", "refund"]),
  currency_code: z.string(),
  amount,
  issued_at: timestamp,
})

export const invoiceDocumentsExample = {
  invoice: {
    id: "inv_01JD8Y2M",
    number: "CHAISAMOSACO-2026-000042",
    order_id: "order_01JD8Y2M",
    shop_id: "shop_01JD8Y2M",
    currency_code: "inr",
    total: 629.5,
    issued_at: "2026-11-30T10:05:00.000Z",
    pdf_ready: true,
    download_url: "/store/orders/order_01JD8Y2M/invoice/pdf",
    payment_method: "Pay on delivery",
  },
  credit_notes: [
    {
      id: "crn_01JD8Y2N",
      number: "CHAISAMOSACO-CN-2026-000003",
      invoice_number: "CHAISAMOSACO-2026-000042",
      reason: "cancellation",
      currency_code: "inr",
      amount: 629.5,
      issued_at: "2026-11-30T12:00:00.000Z",
    },
  ],
}

/** The GET operation answering an order's invoice metadata and credit notes. */
export function invoiceDocumentsOperation(summary: string): OperationContract {
  return {
    summary,
    description: "The invoice (number, total, whether its PDF is stored, the PDF's URL) and the credit notes issued against it. 404 until the invoice is issued (right after the order is placed).",
    errors: [404],
    responses: {
      200: {
        description: "The invoice and its credit notes",
        schema: z.object({ invoice: InvoiceDocument, credit_notes: z.array(CreditNoteDocument) }),
        example: invoiceDocumentsExample,
      },
    },
  }
}

/** The GET operation answering an order's invoice as a PDF file. */
export function invoicePdfOperation(summary: string): OperationContract {
  return {
    summary,
    description: "The invoice PDF (`Content-Disposition: attachment; filename=\"<number>.pdf\"`). 404 until the invoice is issued.",
    errors: [404],
    responses: {
      200: {
        description: "The PDF",
        schema: z.string().meta({ format: "binary" }),
        contentType: "application/pdf",
        headers: { "Content-Disposition": { description: "`attachment; filename=\"<invoice number>.pdf\"`" } },
      },
    },
  }
}

/** Sends an invoice PDF as a download. */
export function sendPdf(res: MedusaResponse, file: { filename: string; pdf: Buffer }) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(file.pdf)
}
