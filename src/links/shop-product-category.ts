import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

/** A shop's own product categories. */
export default defineLink(SellerModule.linkable.shop, {
  linkable: ProductModule.linkable.productCategory,
  isList: true,
})
