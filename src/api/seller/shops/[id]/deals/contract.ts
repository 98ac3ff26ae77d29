import { defineRouteContract } from "../../../../../lib/openapi"
import { DealAnswer, dealExample, dealListResponse } from "../../../../admin/bazaar/deals/deal-contract-parts"
import { DealTermsBody } from "../../../../admin/bazaar/deals/validators"
import { ListSellerDealsQuery } from "./validators"

export default defineRouteContract({
  tag: "Seller: lightning deals",
  GET: {
    summary: "The shop's lightning deals and proposals",
    query: ListSellerDealsQuery,
    errors: [404],
    responses: {
      200: dealListResponse,
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
