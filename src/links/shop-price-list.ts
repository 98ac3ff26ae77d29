import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import SellerModule from "../modules/seller"

/** The shop's `sale` price list, which carries its sale prices. */
export default defineLink(SellerModule.linkable.shop, PricingModule.linkable.priceList)
