import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planOrderMessagesStep } from "./steps/plan-order-messages"
import { sendPlannedMessagesStep } from "./steps/send-planned-messages"
import type { OrderMessageTrigger } from "./utils/stages"

export type SendOrderMessagesInput = OrderMessageTrigger

export const sendOrderMessagesWorkflowId = "bazaar-send-order-messages"

/** Tells the buyer (and for new and canceled orders the seller) about an order stage or a lightning deal's, once per event, template and recipient. */
export const sendOrderMessagesWorkflow = createWorkflow(sendOrderMessagesWorkflowId, (input: SendOrderMessagesInput) => {
  const planned = planOrderMessagesStep(input)
  const outcomes = sendPlannedMessagesStep(planned)
  return new WorkflowResponse(outcomes)
})
