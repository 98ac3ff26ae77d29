import { defineRouteContract } from "../../../../../../../lib/openapi"
import { ShopCartAnswer, shopCartExample } from "../../../../responses"
import { AddShopCartItemBody } from "../../../../validators"

export default defineRouteContract({
  tag: "Store: shop carts",
  POST: {
    summary: "Add a product (or variant) of this shop",
    description:
      "Send either `product_id` or `variant_id`, and `quantity` (a whole number from 1 to 1000). The same product again adds to its line. Title, image and price always come from the database; another shop's product is a `400` naming it.",
    body: AddShopCartItemBody,
    errors: [404],
    responses: { 200: { description: "The cart", schema: ShopCartAnswer, example: shopCartExample } },
  },
})
