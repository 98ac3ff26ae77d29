import { defineRouteContract } from "../../../../../../lib/openapi"
import { DealAnswer, dealExample } from "../../deal-contract-parts"
import { OptionalReasonBody } from "../../validators"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  POST: {
    summary: "Cancel a lightning deal",
    description: "Ends the deal now: units claimed in carts are released and its waitlist ends. Orders already placed stay and wait for approval.",
    body: OptionalReasonBody,
    errors: [404, 409],
    responses: { 200: { description: "The deal", schema: DealAnswer, example: { deal: dealExample } } },
  },
})
