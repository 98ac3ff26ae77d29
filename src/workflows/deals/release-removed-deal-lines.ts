import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"
import { releaseRemovedDealLinesStep } from "./steps/release-removed-deal-lines"

export const releaseRemovedDealLinesWorkflowId = "bazaar-release-removed-deal-lines"

/** A deal line left the cart: its claim is released and the units go back (to the waitlist first). */
export const releaseRemovedDealLinesWorkflow = createWorkflow(
  releaseRemovedDealLinesWorkflowId,
  (input: { cart_id: string }) => {
    const released = releaseRemovedDealLinesStep(input)
    emitWaitlistOffersStep(transform({ released }, ({ released }) => released.offers))
    return new WorkflowResponse(transform({ released }, ({ released }) => released.released))
  }
)
