import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createSellerStep } from "./steps/create-seller"

export type CreateSellerWorkflowInput = {
  phone: string
  name: string
  status: "pending" | "active"
  auth_identity_id: string
}

export const createSellerWorkflowId = "bazaar-create-seller"

/** Registers a seller for a phone-verified auth identity and makes it the identity's seller actor. */
export const createSellerWorkflow = createWorkflow(
  createSellerWorkflowId,
  (input: CreateSellerWorkflowInput) => {
    const seller = createSellerStep({ phone: input.phone, name: input.name, status: input.status })
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: seller.id,
    })
    return new WorkflowResponse(seller)
  }
)
