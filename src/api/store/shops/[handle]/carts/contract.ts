import { defineRouteContract } from "../../../../../lib/openapi"
import { ShopCartAnswer, shopCartExample } from "../../responses"

export default defineRouteContract({
  tag: "Store: shop carts",
  POST: {
    summary: "A new anonymous cart bound to the shop (its sales channel and the region of its country)",
    description: "`400` when no region sells in the shop's country yet.",
    errors: [404],
    responses: {
      201: { description: "The new cart", schema: ShopCartAnswer, example: { cart: { ...shopCartExample.cart, items: [], item_total: 0, total: 0 } } },
    },
  },
})
