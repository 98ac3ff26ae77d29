import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelDealStep } from "./steps/deal-module-calls"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"

export const cancelDealWorkflowId = "bazaar-cancel-deal"

/** Ends a deal now: claims in carts are released, the waitlist ends; orders already placed stay for approval. */
export const cancelDealWorkflow = createWorkflow(cancelDealWorkflowId, (input: { id: string; reason: string | null }) => {
  const canceled = cancelDealStep(input)
  emitWaitlistOffersStep(transform({ canceled }, ({ canceled }) => canceled.offers))
  return new WorkflowResponse(transform({ canceled }, ({ canceled }) => canceled.deal))
})
