import { defineLink } from "@medusajs/framework/utils"
import ApiKeyModule from "@medusajs/medusa/api-key"
import SellerModule from "../modules/seller"

/** Each shop has its own publishable API key, bound to its sales channel. */
export default defineLink(SellerModule.linkable.shop, ApiKeyModule.linkable.apiKey)
