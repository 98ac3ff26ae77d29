import { defineRouteContract } from "../../../../../../lib/openapi"
import { EmptyDealBody } from "../../../deals/validators"
import { DealOrderAnswer, dealOrderExample } from "../../deal-order-contract-parts"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  POST: {
    summary: "Approve a deal order",
    description: "Captures the order's authorized payment (a capture the card refuses leaves the order waiting: `500` with Stripe's message, try again), then the seller accepts and ships it as any order. An order placed before its deal ended is approved whenever the operator decides.",
    body: EmptyDealBody,
    errors: [404, 409],
    responses: { 200: { description: "The deal order", schema: DealOrderAnswer, example: { deal_order: dealOrderExample } } },
  },
})
