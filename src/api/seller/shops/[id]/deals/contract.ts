import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page, timestamp } from "../../../../../lib/openapi"
import { DealAnswer, dealExample, DealView } from "../../../../admin/bazaar/deals/deal-contract-parts"
import { DealTermsBody } from "../../../../admin/bazaar/deals/validators"
import { ListSellerDealsQuery } from "./validators"

export default defineRouteContract({
  tag: "Seller: lightning deals",
  GET: {
    summary: "The shop's lightning deals and proposals",
    query: ListSellerDealsQuery,
    errors: [404],
    responses: {
      200: {
        description: "A page of deals",
        schema: z.object({ deals: z.array(DealView), ...page, server_time: timestamp }),
        example: { deals: [dealExample], count: 1, limit: 50, offset: 0, server_time: "2026-12-01T10:00:00.000Z" },
      },
    },
  },
  POST: {
    summary: "Propose a lightning deal",
    description:
      "A deal of one of the shop's variants, under the operator's rules (at most 12 hours, no overlap with another deal of the product, " +
      "price at most the MRP). A suspended seller gets a `403`. It starts as `proposed` and goes live at `starts_at` once an operator approves it.",
    body: DealTermsBody,
    errors: [403, 404],
    responses: { 201: { description: "The proposal", schema: DealAnswer, example: { deal: { ...dealExample, state: "proposed" } } } },
  },
})
