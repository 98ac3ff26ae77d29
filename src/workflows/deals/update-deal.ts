import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DealChanges } from "../../modules/deal/service"
import { changeDealStep } from "./steps/deal-module-calls"

export const updateDealWorkflowId = "bazaar-update-deal"

/** Changes a deal's price, units, window, limit or recurrence within the deal rules. */
export const updateDealWorkflow = createWorkflow(updateDealWorkflowId, (input: { id: string; changes: DealChanges }) => {
  return new WorkflowResponse(changeDealStep(input))
})
