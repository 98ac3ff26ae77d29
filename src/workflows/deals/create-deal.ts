import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDealStep } from "./steps/create-deal"
import { loadDealVariantStep } from "./steps/load-deal-variant"

export type CreateDealInput = {
  shop_id: string
  variant_id: string
  price: number
  total_units: number
  starts_at: Date
  ends_at: Date
  per_customer_limit?: number
  recurrence?: "daily" | null
  /** The seller proposing it; absent when an operator creates it (approved at once). */
  proposed_by?: string | null
}

export const createDealWorkflowId = "bazaar-create-deal"

/** Creates a lightning deal of a shop's variant at its MRP (an operator's, live by its window; a seller's, proposed). */
export const createDealWorkflow = createWorkflow(createDealWorkflowId, (input: CreateDealInput) => {
  const variant = loadDealVariantStep({ shop_id: input.shop_id, variant_id: input.variant_id })
  const draft = transform({ input, variant }, ({ input, variant }) => ({ ...variant, ...input }))
  return new WorkflowResponse(createDealStep(draft))
})
