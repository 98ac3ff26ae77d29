import { defineRouteContract } from "../../../../../lib/openapi"
import { invoiceDocumentsOperation } from "./invoice-responses"

export default defineRouteContract({
  tag: "Admin: invoices",
  GET: invoiceDocumentsOperation("An order's invoice and credit notes"),
})
