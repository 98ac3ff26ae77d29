import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

/**
 * An order's invoice (`order.invoice` in query.graph). Read-only: the invoice
 * already keeps its `order_id`, and one invoice per order is enforced by the
 * invoice module's unique index, so a link table would only duplicate it.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...InvoiceModule.linkable.invoice.id, primaryKey: "order_id" },
  { readOnly: true }
)
