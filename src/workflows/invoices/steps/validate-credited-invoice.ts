import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A credit note needs the order's issued invoice. */
export const validateCreditedInvoiceStep = createStep(
  "validate-credited-invoice",
  async ({ invoice, order_id }: { invoice: { id: string } | undefined; order_id: string }) => {
    if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} has no invoice to credit`)
    return new StepResponse(invoice.id)
  }
)
