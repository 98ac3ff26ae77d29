import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { decideDealOrderStep, loadOpenDealOrderStep } from "./steps/deal-order"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"

export type RejectDealOrderInput = { order_id: string; reason: string; actor_id: string | null; automatic?: boolean }

export const rejectDealOrderWorkflowId = "bazaar-reject-deal-order"

/**
 * Rejects a deal order: Medusa cancels the order and releases the card
 * authorization, the units go back to the deal (its waitlist first), the
 * buyer is told why.
 */
export const rejectDealOrderWorkflow = createWorkflow(rejectDealOrderWorkflowId, (input: RejectDealOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `bazaar-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const open = loadOpenDealOrderStep(input)
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor_id ?? undefined })),
  })
  const decided = decideDealOrderStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, approve: false, reason: input.reason, by: input.actor_id }))
  )
  releaseLockStep({ key: lockKey })
  emitEventStep({
    eventName: BazaarEvents.DEAL_ORDER_REJECTED,
    data: transform({ input, open }, ({ input, open }) => ({
      order_id: input.order_id,
      deal_ids: open.deal_ids,
      reason: input.reason,
      automatic: !!input.automatic,
    })),
  }).config({ name: "emit-deal-order-rejected" })
  emitWaitlistOffersStep(transform({ decided }, ({ decided }) => decided.offers))
  return new WorkflowResponse(decided)
})
