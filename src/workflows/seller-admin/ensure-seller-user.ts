import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { findOrCreateSellerUserStep } from "./steps/find-or-create-seller-user"

export type EnsureSellerUserInput = { seller_id: string; auth_identity_id: string }

export const ensureSellerUserWorkflowId = "bazaar-ensure-seller-user"

/** Gives a seller's phone identity the admin user it signs in to the Medusa admin as (created on the first sign-in). */
export const ensureSellerUserWorkflow = createWorkflow(ensureSellerUserWorkflowId, (input: EnsureSellerUserInput) => {
  const lockKey = transform({ input }, ({ input }) => `seller-user:${input.seller_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const user = findOrCreateSellerUserStep({ seller_id: input.seller_id })
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "user", value: user.id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(user)
})
