import { defineRouteContract } from "../../../../../../../../lib/openapi"
import { invoicePdfOperation } from "../../../../../../../admin/orders/[id]/invoice/invoice-responses"

export default defineRouteContract({
  tag: "Seller: orders",
  GET: invoicePdfOperation("An order's invoice PDF"),
})
