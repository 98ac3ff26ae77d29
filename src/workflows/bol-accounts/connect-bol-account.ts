import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import type { ConnectBolAccountInput } from "./types"
import { createBolAccountStep } from "./steps/create-bol-account"
import { validateNewBolAccountStep } from "./steps/validate-new-bol-account"

export type { ConnectBolAccountInput } from "./types"

export const connectBolAccountWorkflowId = "bazaar-connect-bol-account"

/** Connects a shop's bol.com account once bol accepted its credentials; the secret is stored sealed and never answered. */
export const connectBolAccountWorkflow = createWorkflow(connectBolAccountWorkflowId, (input: ConnectBolAccountInput) => {
  const endpoints = validateNewBolAccountStep(input)
  const account = createBolAccountStep({ input, endpoints })
  const event = transform({ account }, ({ account }) => ({ id: account.id, shop_id: account.shop_id }))
  emitEventStep({ eventName: BazaarEvents.BOL_ACCOUNT_CONNECTED, data: event })
  return new WorkflowResponse(account)
})
