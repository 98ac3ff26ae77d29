import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { recordDealOrderStep } from "./steps/deal-order"

export const recordDealOrderWorkflowId = "bazaar-record-deal-order"

/** A placed order that holds deal units waits for an operator's approval (its payment stays authorized). */
export const recordDealOrderWorkflow = createWorkflow(recordDealOrderWorkflowId, (input: { order_id: string }) => {
  const recorded = recordDealOrderStep(input)
  when("deal-order-placed", { recorded }, ({ recorded }) => recorded.deal_ids.length > 0).then(() => {
    const data = transform({ input, recorded }, ({ input, recorded }) => ({ order_id: input.order_id, deal_ids: recorded.deal_ids }))
    emitEventStep({ eventName: BazaarEvents.DEAL_ORDER_AWAITING_APPROVAL, data })
  })
  return new WorkflowResponse(recorded)
})
