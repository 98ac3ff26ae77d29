import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { captureCardPaymentsStep, type CaptureCardPaymentsInput } from "./steps/capture-card-payments"

export const captureOrderPaymentWorkflowId = "bazaar-capture-order-payment"

/** Captures an order's card payment if `stage` is the configured capture step (under the order's lock). */
export const captureOrderPaymentWorkflow = createWorkflow(captureOrderPaymentWorkflowId, (input: CaptureCardPaymentsInput) => {
  // the same key as the seller's actions on the order (steps/order-lock.ts)
  const lockKey = transform({ input }, ({ input }) => `bazaar-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const result = captureCardPaymentsStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result)
})
