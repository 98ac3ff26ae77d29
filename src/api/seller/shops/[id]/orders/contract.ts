import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page } from "../../../../../lib/openapi"
import { ShopOrder, shopOrderExample } from "../../responses"
import { ListShopOrdersQuery } from "./validators"

export default defineRouteContract({
  tag: "Seller: orders",
  GET: {
    summary: "The shop's orders, newest first",
    query: ListShopOrdersQuery,
    errors: [404],
    responses: {
      200: {
        description: "A page of orders",
        schema: z.object({ orders: z.array(ShopOrder), ...page }),
        example: { orders: [shopOrderExample], count: 1, limit: 20, offset: 0 },
      },
    },
  },
})
