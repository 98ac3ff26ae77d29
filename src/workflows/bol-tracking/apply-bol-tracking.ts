import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findBolTrackingUpdatesStep } from "./steps/find-bol-tracking-updates"
import { setFulfillmentTrackingStep } from "./steps/set-fulfillment-tracking"

export const applyBolTrackingWorkflowId = "bazaar-apply-bol-tracking"

/**
 * Carries the newest track-and-trace code of synced bol.com shipments over to
 * the bol fulfillments of the Medusa orders linked to those bol orders;
 * answers how many fulfillments changed.
 */
export const applyBolTrackingWorkflow = createWorkflow(
  applyBolTrackingWorkflowId,
  (input: { account_id: string; bol_order_ids: string[] }) => {
    const updates = findBolTrackingUpdatesStep(input)
    const changed = setFulfillmentTrackingStep(updates)
    return new WorkflowResponse(changed)
  }
)
