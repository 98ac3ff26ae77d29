import { defineRouteContract } from "../../../../../lib/openapi"
import { invoiceDocumentsOperation } from "../../../../admin/orders/[id]/invoice/invoice-responses"

export default defineRouteContract({
  tag: "Store: invoices",
  GET: { ...invoiceDocumentsOperation("My order's invoice and credit notes"), access: "customer" },
})
