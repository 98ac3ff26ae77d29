import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { shopCommerceContext } from "../../../../../workflows/shops/utils/commerce-context"
import { SHOP_CART_FIELDS } from "../../../../../lib/carts/present-cart"
import { findVisibleShop } from "../../visible-shop"

/** The visible shop at `:handle` with its sales channel, region and currency. */
export async function shopOfRequest(req: MedusaRequest) {
  const { shop } = await findVisibleShop(req, req.params.handle)
  const commerce = await shopCommerceContext(req.scope, shop)
  return { shop, commerce }
}

/** The cart `id` of the shop at `:handle`; 404 when it belongs to no shop or another one. */
export async function loadShopCart(req: MedusaRequest, id: string = req.params.cart_id) {
  const { shop, commerce } = await shopOfRequest(req)
  const cart = await readCart(req, id)
  if (!cart || cart.sales_channel_id !== commerce.sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${id} was not found in this shop`)
  }
  return { shop, commerce, cart }
}

export async function readCart(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: SHOP_CART_FIELDS, filters: { id } })
  return cart as Record<string, any> | undefined
}
