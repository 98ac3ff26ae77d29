import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoicePdf } from "../../../../../../workflows/invoices/order-invoice-documents"
import { sendPdf } from "../invoice-responses"

/** GET /admin/orders/:id/invoice/pdf — an order's invoice PDF, for operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  sendPdf(res, await orderInvoicePdf(req.scope, req.params.id))
}
