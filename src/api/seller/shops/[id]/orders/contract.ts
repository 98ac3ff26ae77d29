import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page } from "../../../../../lib/openapi"
import { ShopOrder, shopOrderExample } from "../../responses"
import { SHOP_ORDER_STATES } from "../../../../../lib/orders/shop-order-state"
import { ListShopOrdersQuery } from "./validators"

export default defineRouteContract({
  tag: "Seller: orders",
  GET: {
    summary: "The shop's orders, newest first",
    description:
      "`state` keeps the orders in one state (`placed`, `accepted`, `shipped`, `delivered`, `canceled`, as the seller sees it); `count` is the number of those, `state_counts` the number in each state.",
    query: ListShopOrdersQuery,
    errors: [404],
    responses: {
      200: {
        description: "A page of orders",
        schema: z.object({
          orders: z.array(ShopOrder),
          ...page,
          state_counts: z.object(Object.fromEntries(SHOP_ORDER_STATES.map((state) => [state, z.number().int()]))),
        }),
        example: {
          orders: [shopOrderExample],
          count: 1,
          limit: 20,
          offset: 0,
          state_counts: { placed: 1, accepted: 0, shipped: 0, delivered: 0, canceled: 0 },
        },
      },
    },
  },
})
