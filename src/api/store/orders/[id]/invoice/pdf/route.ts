import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoicePdf } from "../../../../../../workflows/invoices/order-invoice-documents"
import { sendPdf } from "../../../../../admin/orders/[id]/invoice/invoice-responses"
import { ownOrderId } from "../own-order"

/** GET /store/orders/:id/invoice/pdf — the signed-in buyer's invoice PDF of their own order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  sendPdf(res, await orderInvoicePdf(req.scope, await ownOrderId(req)))
}
