import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BOL_SYNC_LIST_PAGE_EVENT, type StartBolSyncInput } from "../../modules/bol"
import { planBolSyncRunStep } from "./steps/plan-bol-sync-run"

export type { StartBolSyncInput }

export const startBolSyncWorkflowId = "bazaar-start-bol-sync"

/**
 * Starts a sync of one resource (shipments, orders, returns) of a bol.com
 * account and returns its run; if one is already running for the pair, returns
 * that run instead (`started: false`). Refuses unknown resources, resources
 * the account does not sync, and accounts that are not active.
 */
export const startBolSyncWorkflow = createWorkflow(startBolSyncWorkflowId, (input: StartBolSyncInput) => {
  const lockKey = transform({ input }, ({ input }) => `bol-sync:${input.account_id}:${input.resource}`)
  // Locking inside sub-workflows too (the scheduled job runs this from a step),
  // so that two starts never both see "nothing running".
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
  const plan = planBolSyncRunStep(input)
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

  // Queued when the workflow succeeds (emitEventStep holds events until then).
  const listPages = transform({ plan }, ({ plan }) => plan.units)
  emitEventStep({ eventName: BOL_SYNC_LIST_PAGE_EVENT, data: listPages, options: { internal: true } }).config({
    name: "emit-bol-sync-list-pages",
  })

  const result = transform({ plan }, ({ plan }) => ({ run: plan.run, started: plan.started }))
  return new WorkflowResponse(result)
})
