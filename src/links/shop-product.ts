import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

/** A shop's products. */
export default defineLink(SellerModule.linkable.shop, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
