import { defineRouteContract } from "../../../../../../lib/openapi"
import { DealAnswer, dealExample } from "../../deal-contract-parts"
import { ReasonBody } from "../../validators"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  POST: {
    summary: "Decline a seller's deal proposal",
    description: "The seller sees the reason on the deal.",
    body: ReasonBody,
    errors: [404, 409],
    responses: { 200: { description: "The deal", schema: DealAnswer, example: { deal: dealExample } } },
  },
})
