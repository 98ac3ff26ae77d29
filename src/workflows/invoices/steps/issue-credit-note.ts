import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE, type IssueCreditNoteInput } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/** Issues the credit note of a cause (or answers the one it gave). No compensation: an issued number is final. */
export const issueCreditNoteStep = createStep("issue-credit-note", async (input: IssueCreditNoteInput, { container }) => {
  const { credit_note, created } = await container.resolve<InvoiceModuleService>(INVOICE_MODULE).issueCreditNote(input)
  return new StepResponse({
    id: credit_note?.id ?? null,
    number: credit_note?.number ?? null,
    invoice_id: credit_note?.invoice_id ?? null,
    shop_id: credit_note?.shop_id ?? null,
    created,
  })
})
