import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { deleteBolAccountStep } from "./steps/delete-bol-account"

export const disconnectBolAccountWorkflowId = "bazaar-disconnect-bol-account"

/** Disconnects a shop's bol.com account; its synced data goes with it. */
export const disconnectBolAccountWorkflow = createWorkflow(
  disconnectBolAccountWorkflowId,
  (input: { shop_id: string; account_id: string }) => {
    const deleted = deleteBolAccountStep(input)
    emitEventStep({ eventName: BazaarEvents.BOL_ACCOUNT_DISCONNECTED, data: deleted })
    return new WorkflowResponse(deleted)
  }
)
