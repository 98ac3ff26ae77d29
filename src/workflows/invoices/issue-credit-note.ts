import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { IssueCreditNoteInput } from "../../modules/invoice"
import { BazaarEvents } from "../events"
import { issueCreditNoteStep } from "./steps/issue-credit-note"
import { validateCreditedInvoiceStep } from "./steps/validate-credited-invoice"

export type IssueCreditNoteWorkflowInput = IssueCreditNoteInput

export const issueCreditNoteWorkflowId = "bazaar-issue-credit-note"

/**
 * Issues a credit note against an order's invoice for a cancellation or a
 * refund, once per cause and never beyond what the invoice has left, and
 * emits `bazaar.credit_note.issued`.
 */
export const issueCreditNoteWorkflow = createWorkflow(issueCreditNoteWorkflowId, (input: IssueCreditNoteWorkflowInput) => {
  const { data } = useQueryGraphStep({
    entity: "invoice",
    fields: ["id"],
    filters: { order_id: input.order_id },
  }).config({ name: "load-credited-invoice" })
  const invoice = transform({ data }, ({ data }) => data[0] as { id: string } | undefined)
  validateCreditedInvoiceStep({ invoice, order_id: input.order_id })

  const lockKey = transform({ input }, ({ input }) => `bazaar-invoice:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const note = issueCreditNoteStep(input)
  releaseLockStep({ key: lockKey })

  when("emit-credit-note-issued", { note }, ({ note }) => note.created).then(() => {
    const event = transform({ note, input }, ({ note, input }) => ({
      id: note.id,
      invoice_id: note.invoice_id,
      order_id: input.order_id,
      shop_id: note.shop_id,
    }))
    emitEventStep({ eventName: BazaarEvents.CREDIT_NOTE_ISSUED, data: event })
  })
  return new WorkflowResponse(note)
})
