import { defineRouteContract } from "../../../../../../lib/openapi"
import { DealAnswer, dealExample } from "../../deal-contract-parts"
import { EmptyDealBody } from "../../validators"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  POST: {
    summary: "Approve a seller's deal proposal",
    description: "The proposal becomes a deal that goes live at its `starts_at`; a proposal whose window has passed is refused (`400`).",
    body: EmptyDealBody,
    errors: [404, 409],
    responses: { 200: { description: "The deal", schema: DealAnswer, example: { deal: dealExample } } },
  },
})
