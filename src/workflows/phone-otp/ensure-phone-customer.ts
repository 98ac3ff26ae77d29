import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { findOrCreatePhoneCustomerStep } from "./steps/find-or-create-phone-customer"

export type EnsurePhoneCustomerInput = { phone: string; auth_identity_id: string }

export const ensurePhoneCustomerWorkflowId = "bazaar-ensure-phone-customer"

/** Finds or creates the one customer of a verified phone number and links the auth identity to it. */
export const ensurePhoneCustomerWorkflow = createWorkflow(
  ensurePhoneCustomerWorkflowId,
  (input: EnsurePhoneCustomerInput) => {
    const lockKey = transform({ input }, ({ input }) => `phone-customer:${input.phone}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const customer = findOrCreatePhoneCustomerStep({ phone: input.phone })
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "customer",
      value: customer.id,
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(customer)
  }
)
