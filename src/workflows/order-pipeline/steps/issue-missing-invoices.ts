import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FindingInput } from "../../../modules/reconcile/service"
import { issueOrderInvoiceWorkflow } from "../../invoices/issue-order-invoice"

export const ORDER_WITHOUT_INVOICE = "order-without-invoice"

export type MissingInvoicesInput = {
  now: string
  /** A shop order older than this without an invoice is repaired. */
  invoice_after_minutes: number
  /** How far back orders are looked at (the subscriber and earlier runs cover the rest). */
  lookback_days: number
}

type OrderRow = { id: string; shop?: { id: string } | null; invoice?: { id: string } | null }

const minutes = (count: number) => count * 60 * 1000

/**
 * Issues the invoice of each recent shop order that has none (the
 * `order.placed` subscriber failed or never ran). Issuing is idempotent, so a
 * race with a late subscriber still gives one invoice.
 */
export const issueMissingInvoicesStep = createStep(
  "issue-missing-invoices",
  async (input: MissingInvoicesInput, { container }) => {
    const now = new Date(input.now).getTime()
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "shop.id", "invoice.id"],
      filters: {
        created_at: {
          $gte: new Date(now - minutes(input.lookback_days * 24 * 60)),
          $lt: new Date(now - minutes(input.invoice_after_minutes)),
        },
      },
    })
    const missing = (data as OrderRow[]).filter((order) => order.shop?.id && !order.invoice?.id)
    const findings: FindingInput[] = []
    for (const order of missing) {
      const base = { check: ORDER_WITHOUT_INVOICE, subject_type: "order", subject_id: order.id, detail: { shop_id: order.shop!.id } }
      try {
        const { result } = await issueOrderInvoiceWorkflow(container).run({ input: { order_id: order.id } })
        findings.push({ ...base, action: "repaired", outcome: `invoice ${result.number} issued` })
      } catch (error) {
        findings.push({ ...base, action: "failed", outcome: `issuing the invoice failed: ${(error as Error).message}` })
      }
    }
    return new StepResponse(findings)
  }
)
