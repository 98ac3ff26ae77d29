import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoicePdf } from "../../../../../../../../workflows/invoices/order-invoice-documents"
import { sendPdf } from "../../../../../../../admin/orders/[id]/invoice/invoice-responses"
import { ownShopOf } from "../../../../../../own-shop"
import { ownShopOrder } from "../../../shop-orders"

/** GET /seller/shops/:id/orders/:order_id/invoice/pdf — an order's invoice PDF, for its shop's seller. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await ownShopOrder(req, ownShopOf(req).id, req.params.order_id)
  sendPdf(res, await orderInvoicePdf(req.scope, order.id))
}
