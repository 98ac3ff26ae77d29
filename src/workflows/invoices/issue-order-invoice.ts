import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { buildInvoiceSnapshot, type InvoiceSourceOrder } from "./build-invoice-snapshot"
import { ORDER_INVOICE_FIELDS } from "./order-invoice-fields"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { validateInvoiceOrderStep } from "./steps/validate-invoice-order"

export type IssueOrderInvoiceInput = { order_id: string; issued_at?: Date }

export const issueOrderInvoiceWorkflowId = "bazaar-issue-order-invoice"

/** Issues a placed order's invoice (once: a second run answers the same invoice) and emits `bazaar.invoice.issued`. */
export const issueOrderInvoiceWorkflow = createWorkflow(issueOrderInvoiceWorkflowId, (input: IssueOrderInvoiceInput) => {
  const { data } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_INVOICE_FIELDS,
    filters: { id: input.order_id },
  }).config({ name: "load-invoice-order" })
  const order = transform({ data }, ({ data }) => data[0] as InvoiceSourceOrder | undefined)
  const shop = validateInvoiceOrderStep({ order, order_id: input.order_id })

  const lockKey = transform({ input }, ({ input }) => `bazaar-invoice:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const issueInput = transform({ input, order, shop }, ({ input, order, shop }) => ({
    order_id: input.order_id,
    shop_id: shop.id as string,
    shop_handle: shop.handle as string,
    snapshot: buildInvoiceSnapshot({ ...(order as InvoiceSourceOrder), shop }),
    issued_at: input.issued_at,
  }))
  const issued = issueInvoiceStep(issueInput)
  releaseLockStep({ key: lockKey })

  when("emit-invoice-issued", { issued }, ({ issued }) => issued.created).then(() => {
    const data = transform({ issued, input }, ({ issued, input }) => ({ id: issued.id, order_id: input.order_id, shop_id: issued.shop_id }))
    emitEventStep({ eventName: BazaarEvents.INVOICE_ISSUED, data })
  })
  return new WorkflowResponse(issued)
})
