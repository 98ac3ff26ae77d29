import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadMessageForResendStep } from "./steps/load-message-for-resend"
import { sendMessageAttemptStep } from "./steps/send-message-attempt"

export type ResendMessageInput = { id: string }

export const resendMessageWorkflowId = "bazaar-resend-message"

/** An operator sends a message again (a new attempt linked to the first send), whatever its state. */
export const resendMessageWorkflow = createWorkflow(resendMessageWorkflowId, (input: ResendMessageInput) => {
  const message = loadMessageForResendStep(input)
  return new WorkflowResponse(sendMessageAttemptStep(message))
})
