import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { setSellerStatusStep, type SellerStatus } from "./steps/set-seller-status"

/** Approves, suspends or reinstates a seller; emits `seller.status_changed`. */
export const setSellerStatusWorkflow = createWorkflow(
  "set-seller-status",
  (input: { seller_id: string; status: SellerStatus }) => {
    const seller = setSellerStatusStep(input)
    const event = transform({ input }, ({ input }) => ({ id: input.seller_id, status: input.status }))
    emitEventStep({ eventName: "seller.status_changed", data: event })
    return new WorkflowResponse(seller)
  }
)
