import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoiceDocuments } from "../../../../../workflows/invoices/order-invoice-documents"
import { ownOrderId } from "./own-order"

/** GET /store/orders/:id/invoice — the signed-in buyer's invoice and credit notes of their own order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = await ownOrderId(req)
  res.json(await orderInvoiceDocuments(req.scope, orderId, `/store/orders/${orderId}/invoice/pdf`))
}
