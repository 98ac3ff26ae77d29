import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type IssueInvoiceInput } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/**
 * Issues the order's invoice (or answers the one it has). No compensation: an
 * issued number is final, and removing it would leave a gap in the sequence.
 */
export const issueInvoiceStep = createStep("issue-invoice", async (input: IssueInvoiceInput, { container }) => {
  const { invoice, created } = await container.resolve<InvoiceModuleService>(INVOICE_MODULE).issueInvoice(input)
  return new StepResponse({ id: invoice.id, number: invoice.number, shop_id: invoice.shop_id, created })
})
