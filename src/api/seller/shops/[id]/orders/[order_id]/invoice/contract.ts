import { defineRouteContract } from "../../../../../../../lib/openapi"
import { invoiceDocumentsOperation } from "../../../../../../admin/orders/[id]/invoice/invoice-responses"

export default defineRouteContract({
  tag: "Seller: orders",
  GET: invoiceDocumentsOperation("An order's invoice and credit notes"),
})
