import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import SellerModule from "../modules/seller"

/** Each shop sells through its own sales channel, so carts and orders scope to it natively. */
export default defineLink(SellerModule.linkable.shop, SalesChannelModule.linkable.salesChannel)
