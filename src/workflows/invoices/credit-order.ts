import type { MedusaContainer } from "@medusajs/framework/types"
import type { IssueCreditNoteInput } from "../../modules/invoice"
import { issueCreditNoteWorkflow } from "./issue-credit-note"
import { issueOrderInvoiceWorkflow } from "./issue-order-invoice"

/**
 * Credits an order: its invoice is issued first if `order.placed` did not get
 * to it (both workflows are idempotent), so a cancellation never goes uncredited.
 */
export async function creditOrder(container: MedusaContainer, credit: IssueCreditNoteInput) {
  await issueOrderInvoiceWorkflow(container).run({ input: { order_id: credit.order_id } })
  const { result } = await issueCreditNoteWorkflow(container).run({ input: credit })
  return result
}
