import { defineRouteContract } from "../../../../../../lib/openapi"
import { ShopCartAnswer, shopCartExample } from "../../../responses"

export default defineRouteContract({
  tag: "Store: shop carts",
  GET: {
    summary: "The cart with prices and totals from the database",
    description: "A cart reached through another shop's handle is a `404`.",
    errors: [404],
    responses: { 200: { description: "The cart", schema: ShopCartAnswer, example: shopCartExample } },
  },
})
