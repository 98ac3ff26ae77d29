import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"
import { settleDealsStep } from "./steps/settle-deals"

export const sweepDealsWorkflowId = "bazaar-sweep-deals"

/**
 * Every minute: ended deals end, claims past their hold and waitlist offers
 * past their time give their units to the next in line or back to the deal.
 * (Each claim and checkout checks the same on the database's clock, so
 * correctness never waits for this sweep.)
 */
export const sweepDealsWorkflow = createWorkflow(sweepDealsWorkflowId, () => {
  const settled = settleDealsStep()
  emitWaitlistOffersStep(transform({ settled }, ({ settled }) => settled.offers))
  return new WorkflowResponse(settled)
})
