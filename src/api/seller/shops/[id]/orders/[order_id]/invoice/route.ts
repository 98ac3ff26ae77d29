import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderInvoiceDocuments } from "../../../../../../../workflows/invoices/order-invoice-documents"
import { ownShopOf } from "../../../../../own-shop"
import { ownShopOrder } from "../../shop-orders"

/** GET /seller/shops/:id/orders/:order_id/invoice — an order's invoice and credit notes, for its shop's seller. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const order = await ownShopOrder(req, shop.id, req.params.order_id)
  res.json(await orderInvoiceDocuments(req.scope, order.id, `/seller/shops/${shop.id}/orders/${order.id}/invoice/pdf`))
}
