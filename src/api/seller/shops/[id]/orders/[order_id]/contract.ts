import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../lib/openapi"
import { ShopOrder, shopOrderExample } from "../../../responses"

export default defineRouteContract({
  tag: "Seller: orders",
  GET: {
    summary: "One order of the shop",
    errors: [404],
    responses: { 200: { description: "The order", schema: z.object({ order: ShopOrder }), example: { order: shopOrderExample } } },
  },
})
