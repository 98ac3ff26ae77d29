import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../../lib/openapi"
import { CheckoutShopCartBody } from "../../../../validators"

const OrderAnswer = z.object({ order: z.object({ id: z.string(), shop_id: z.string() }) })
const example = { order: { id: "order_01JD90AA", shop_id: "shop_01JD8Y2M" } }

export default defineRouteContract({
  tag: "Store: shop carts",
  POST: {
    summary: "Place the order: the signed-in customer completes the cart",
    description:
      "Puts the customer and the address on the cart, adds the shop's delivery option and a payment session (`pp_system_default`, pay on delivery, unless told otherwise), and completes it with Medusa's `completeCartWorkflow`. Another customer's cart is a `404`; an empty cart or an address outside the shop's country a `400`.",
    access: "customer",
    body: CheckoutShopCartBody,
    errors: [404],
    responses: {
      201: { description: "The order was placed", schema: OrderAnswer, example },
      200: { description: "The cart was completed before (also concurrently): the same order", schema: OrderAnswer, example },
    },
  },
})
