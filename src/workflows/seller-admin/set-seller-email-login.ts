import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findOrCreateSellerUserStep } from "./steps/find-or-create-seller-user"
import { setSellerEmailLoginStep } from "./steps/set-seller-email-login"

export type SetSellerEmailLoginWorkflowInput = { seller_id: string; email: string; password: string }

export const setSellerEmailLoginWorkflowId = "bazaar-set-seller-email-login"

/** Sets the email and password a seller may sign in to the Medusa admin with, beside the phone. */
export const setSellerEmailLoginWorkflow = createWorkflow(
  setSellerEmailLoginWorkflowId,
  (input: SetSellerEmailLoginWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `seller-user:${input.seller_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const user = findOrCreateSellerUserStep({ seller_id: input.seller_id })
    const stepInput = transform({ input, user }, ({ input, user }) => ({ ...input, user_id: user.id }))
    const login = setSellerEmailLoginStep(stepInput)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(login)
  }
)
