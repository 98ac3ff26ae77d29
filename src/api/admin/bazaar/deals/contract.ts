import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page, timestamp } from "../../../../lib/openapi"
import { DealAnswer, dealExample, DealView } from "./deal-contract-parts"
import { CreateDealBody, ListDealsQuery } from "./validators"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  GET: {
    summary: "Lightning deals",
    description:
      "Deals of every shop (or `shop_id`), newest start first. `state` is computed on the database's clock: `scheduled`, `live` " +
      "(`starts_at ≤ now < ends_at`), `ended`, or a proposal's `proposed` / `declined`, or `canceled`. `percent_claimed` counts units in " +
      "carts, held for the waitlist and sold. `server_time` lets a page count down without trusting the browser's clock.",
    query: ListDealsQuery,
    responses: {
      200: {
        description: "A page of deals",
        schema: z.object({ deals: z.array(DealView), ...page, server_time: timestamp }),
        example: { deals: [dealExample], count: 1, limit: 50, offset: 0, server_time: "2026-12-01T10:00:00.000Z" },
      },
    },
  },
  POST: {
    summary: "Create a lightning deal",
    description:
      "A deal of one variant of a shop: its MRP is the variant's price in the shop's currency, `price` may not be above it, the window " +
      "lasts at most 12 hours and may not overlap another deal of the same product. Each refusal is a `400` with `code: deal_invalid` " +
      "saying why. The deal goes live at `starts_at`.",
    body: CreateDealBody,
    responses: { 201: { description: "The deal", schema: DealAnswer, example: { deal: dealExample } } },
  },
})
