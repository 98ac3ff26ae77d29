import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordWorkspaceVisitStep, type WorkspaceVisitInput } from "./steps/record-workspace-visit"

export const recordWorkspaceVisitWorkflowId = "bazaar-record-workspace-visit"

/** An operator opens a seller's workspace (read-only): the visit is recorded with who, whose and when. */
export const recordWorkspaceVisitWorkflow = createWorkflow(recordWorkspaceVisitWorkflowId, (input: WorkspaceVisitInput) => {
  return new WorkflowResponse(recordWorkspaceVisitStep(input))
})
