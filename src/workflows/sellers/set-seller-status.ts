import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { BazaarEvents } from "../events"
import { setSellerStatusStep, type SellerStatus } from "./steps/set-seller-status"

export const setSellerStatusWorkflowId = "bazaar-set-seller-status"

/** Approves, suspends or reinstates a seller; emits `bazaar.seller.status_changed`. */
export const setSellerStatusWorkflow = createWorkflow(
  setSellerStatusWorkflowId,
  (input: { seller_id: string; status: SellerStatus }) => {
    const seller = setSellerStatusStep(input)
    const event = transform({ input }, ({ input }) => ({ id: input.seller_id, status: input.status }))
    emitEventStep({ eventName: BazaarEvents.SELLER_STATUS_CHANGED, data: event })
    return new WorkflowResponse(seller)
  }
)
