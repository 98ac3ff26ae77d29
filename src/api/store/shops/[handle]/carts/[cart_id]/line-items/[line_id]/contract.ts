import { defineRouteContract } from "../../../../../../../../lib/openapi"
import { ShopCartAnswer, shopCartExample } from "../../../../../responses"
import { UpdateShopCartItemBody } from "../../../../../validators"

export default defineRouteContract({
  tag: "Store: shop carts",
  POST: {
    summary: "Set a line's quantity (0 removes the line)",
    description: "`quantity` is a whole number from 0 to 1000.",
    body: UpdateShopCartItemBody,
    errors: [404],
    responses: { 200: { description: "The cart", schema: ShopCartAnswer, example: shopCartExample } },
  },
  DELETE: {
    summary: "Remove a line",
    errors: [404],
    responses: { 200: { description: "The cart", schema: ShopCartAnswer, example: { cart: { ...shopCartExample.cart, items: [], item_total: 0, total: 0 } } } },
  },
})
