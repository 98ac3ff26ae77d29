import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page } from "../../../../lib/openapi"
import { ListDealOrdersQuery } from "../deals/validators"
import { dealOrderExample, DealOrderView } from "./deal-order-contract-parts"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  GET: {
    summary: "Deal orders",
    description:
      "Orders of deal units, by `status` (default `awaiting_approval`, oldest first): their payment is authorized, not captured, until an " +
      "operator approves. Orders left waiting past `approve_by` are rejected automatically.",
    query: ListDealOrdersQuery,
    responses: {
      200: {
        description: "A page of deal orders",
        schema: z.object({ deal_orders: z.array(DealOrderView), ...page }),
        example: { deal_orders: [dealOrderExample], count: 1, limit: 50, offset: 0 },
      },
    },
  },
})
