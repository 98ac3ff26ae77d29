import { defineRouteContract } from "../../../../lib/openapi"
import { DealAnswer, dealExample, dealListResponse } from "./deal-contract-parts"
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
      200: dealListResponse,
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
