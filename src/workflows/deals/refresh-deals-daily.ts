import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"
import { refreshDealsStep } from "./steps/refresh-deals"

export const refreshDealsDailyWorkflowId = "bazaar-refresh-deals-daily"

/**
 * The 00:00 UTC refresh, once per UTC date however often it runs: yesterday's
 * deals end and release their claims, daily deals get today's occurrence.
 */
export const refreshDealsDailyWorkflow = createWorkflow(refreshDealsDailyWorkflowId, (input: { date?: string }) => {
  const refreshed = refreshDealsStep(input)
  emitWaitlistOffersStep(transform({ refreshed }, ({ refreshed }) => refreshed.offers))
  return new WorkflowResponse(refreshed)
})
