import { defineRouteContract } from "../../../../../../lib/openapi"
import { invoicePdfOperation } from "../invoice-responses"

export default defineRouteContract({
  tag: "Admin: invoices",
  GET: invoicePdfOperation("An order's invoice PDF"),
})
