import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { captureCardPaymentsStep } from "../shop-orders/steps/capture-card-payments"
import { decideDealOrderStep, loadOpenDealOrderStep } from "./steps/deal-order"

export type DecideDealOrderInput = { order_id: string; actor_id: string | null }

export const approveDealOrderWorkflowId = "bazaar-approve-deal-order"

/** An operator approves a deal order: its payment is captured, then the seller takes it through the pipeline. */
export const approveDealOrderWorkflow = createWorkflow(approveDealOrderWorkflowId, (input: DecideDealOrderInput) => {
  // the same key as the seller's actions on the order (shop-orders/steps/order-lock.ts)
  const lockKey = transform({ input }, ({ input }) => `bazaar-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const open = loadOpenDealOrderStep(input)
  // before the decision: a capture that fails leaves the order waiting, for the operator to approve again
  captureCardPaymentsStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, stage: "approval" as const, captured_by: input.actor_id ?? undefined }))
  )
  const decided = decideDealOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, approve: true, reason: null, by: input.actor_id }))
  )
  releaseLockStep({ key: lockKey })
  emitEventStep({
    eventName: BazaarEvents.DEAL_ORDER_APPROVED,
    data: transform({ input, open }, ({ input, open }) => ({ order_id: input.order_id, deal_ids: open.deal_ids })),
  })
  return new WorkflowResponse(decided)
})
