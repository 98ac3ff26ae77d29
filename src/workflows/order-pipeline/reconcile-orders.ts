import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FindingInput } from "../../modules/reconcile/service"
import { alertExpiringAuthorizationsStep } from "./steps/alert-expiring-authorizations"
import { cancelOrphanAuthorizationsStep } from "./steps/cancel-orphan-authorizations"
import { findStuckPaymentsStep, type StuckPaymentsInput } from "./steps/find-stuck-payments"
import { recordFindingsStep } from "./steps/record-findings"

export type ReconcileOrdersInput = StuckPaymentsInput

/** When a payment counts as stuck; see docs/order-pipeline.md. */
export const DEFAULT_RECONCILE_THRESHOLDS = {
  without_order_after_minutes: 30,
  authorization_valid_days: 7,
  expiry_warning_hours: 24,
}

export const reconcileOrdersWorkflowId = "bazaar-reconcile-orders"

/** Finds orders and payments stuck between pipeline stages, repairs what it can, alerts on the rest, and records both. */
export const reconcileOrdersWorkflow = createWorkflow(reconcileOrdersWorkflowId, (input: ReconcileOrdersInput) => {
  const stuck = findStuckPaymentsStep(input)
  const canceled = cancelOrphanAuthorizationsStep(stuck.withoutOrder)
  const alerted = alertExpiringAuthorizationsStep(stuck.expiring)
  const findings = transform({ canceled, alerted }, ({ canceled, alerted }): FindingInput[] => [...canceled, ...alerted])
  recordFindingsStep({ findings, now: input.now })
  return new WorkflowResponse(findings)
})
