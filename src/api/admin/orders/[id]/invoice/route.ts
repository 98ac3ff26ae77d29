import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoiceDocuments } from "../../../../../workflows/invoices/order-invoice-documents"

/** GET /admin/orders/:id/invoice — an order's invoice and credit notes, for operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id
  res.json(await orderInvoiceDocuments(req.scope, orderId, `/admin/orders/${orderId}/invoice/pdf`))
}
