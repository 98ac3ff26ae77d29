import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryDueMessagesStep, type RetryDueMessagesInput } from "./steps/retry-due-messages"

export type RetryFailedMessagesInput = RetryDueMessagesInput

export const retryFailedMessagesWorkflowId = "bazaar-retry-failed-messages"

/** Retries failed messages with exponential backoff, and messages left pending by a crash, up to the attempt limit. */
export const retryFailedMessagesWorkflow = createWorkflow(retryFailedMessagesWorkflowId, (input: RetryFailedMessagesInput) => {
  return new WorkflowResponse(retryDueMessagesStep(input))
})
