import { defineRouteContract } from "../../../../../../lib/openapi"
import { invoicePdfOperation } from "../../../../../admin/orders/[id]/invoice/invoice-responses"

export default defineRouteContract({
  tag: "Store: invoices",
  GET: { ...invoicePdfOperation("My order's invoice PDF"), access: "customer" },
})
