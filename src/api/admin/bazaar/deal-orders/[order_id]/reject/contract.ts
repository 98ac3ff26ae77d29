import { defineRouteContract } from "../../../../../../lib/openapi"
import { ReasonBody } from "../../../deals/validators"
import { DealOrderAnswer, dealOrderExample } from "../../deal-order-contract-parts"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  POST: {
    summary: "Reject a deal order",
    description: "Cancels the order (Medusa releases the card authorization), gives its units back to the deal (the waitlist first while the deal is live) and tells the buyer the reason.",
    body: ReasonBody,
    errors: [404, 409],
    responses: { 200: { description: "The deal order", schema: DealOrderAnswer, example: { deal_order: dealOrderExample } } },
  },
})
