import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideDealProposalStep } from "./steps/deal-module-calls"

export const decideDealProposalWorkflowId = "bazaar-decide-deal-proposal"

/** An operator approves or declines a seller's deal proposal. */
export const decideDealProposalWorkflow = createWorkflow(
  decideDealProposalWorkflowId,
  (input: { id: string; approve: boolean; reason: string | null }) => new WorkflowResponse(decideDealProposalStep(input))
)
