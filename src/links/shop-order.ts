import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

/** The orders placed in a shop; each order belongs to the one shop its cart was bound to. */
export default defineLink(SellerModule.linkable.shop, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
