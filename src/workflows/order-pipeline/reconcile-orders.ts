import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FindingInput } from "../../modules/reconcile/service"
import { alertExpiringAuthorizationsStep } from "./steps/alert-expiring-authorizations"
import { cancelOrphanAuthorizationsStep } from "./steps/cancel-orphan-authorizations"
import { findStuckPaymentsStep, type StuckPaymentsInput } from "./steps/find-stuck-payments"
import { issueMissingInvoicesStep, type MissingInvoicesInput } from "./steps/issue-missing-invoices"
import { recordFindingsStep } from "./steps/record-findings"
import { renderMissingInvoicePdfsStep } from "./steps/render-missing-invoice-pdfs"

export type ReconcileOrdersInput = StuckPaymentsInput &
  Omit<MissingInvoicesInput, "now"> & {
    /** An invoice whose PDF is still not stored after this many minutes is rendered again. */
    pdf_after_minutes: number
  }

/** When a payment, invoice or PDF counts as stuck; see docs/order-pipeline.md. */
export const DEFAULT_RECONCILE_THRESHOLDS = {
  without_order_after_minutes: 30,
  authorization_valid_days: 7,
  expiry_warning_hours: 24,
  invoice_after_minutes: 10,
  lookback_days: 7,
  pdf_after_minutes: 30,
}

export const reconcileOrdersWorkflowId = "bazaar-reconcile-orders"

/**
 * Finds orders and payments stuck between pipeline stages, repairs what it can, alerts on the rest, and records both.
 * Messages are not checked here: the `bazaar-retry-failed-messages` job resends failed and long-pending ones every minute.
 */
export const reconcileOrdersWorkflow = createWorkflow(reconcileOrdersWorkflowId, (input: ReconcileOrdersInput) => {
  const stuck = findStuckPaymentsStep(input)
  const canceled = cancelOrphanAuthorizationsStep(stuck.withoutOrder)
  const alerted = alertExpiringAuthorizationsStep(stuck.expiring)
  const invoiced = issueMissingInvoicesStep(input)
  const rendered = renderMissingInvoicePdfsStep(input)
  const findings = transform({ canceled, alerted, invoiced, rendered }, ({ canceled, alerted, invoiced, rendered }): FindingInput[] => [
    ...canceled,
    ...alerted,
    ...invoiced,
    ...rendered,
  ])
  recordFindingsStep({ findings, now: input.now })
  return new WorkflowResponse(findings)
})
