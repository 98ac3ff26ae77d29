import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

/** An order's credit notes (`order.credit_notes` in query.graph); read-only, like the invoice link. */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id", isList: true },
  { ...InvoiceModule.linkable.creditNote.id, primaryKey: "order_id" },
  { readOnly: true }
)
