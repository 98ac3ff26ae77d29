import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import type { CaptureOn } from "../../../options/payments"

/** `approval`: an operator approved a deal order, whose payment is captured whatever `captureOn` says. */
export type CaptureCardPaymentsInput = { order_id: string; stage: CaptureOn | "approval"; captured_by?: string }

type OrderPayment = { id: string; provider_id: string; captured_at: string | null; canceled_at: string | null }

/** Pay on delivery is paid at the door: only card payments are captured here. */
const SYSTEM_PROVIDER_ID = "pp_system_default"

/**
 * Captures the order's authorized card payments when `stage` is the
 * configured capture step (option `payments.captureOn`), with Medusa's
 * `capturePaymentWorkflow`. A payment captured before is skipped, so a retry
 * never captures twice. No compensation: money taken is given back by a
 * refund (a cancel refunds), never by undoing a capture.
 */
export const captureCardPaymentsStep = createStep(
  "capture-card-payments",
  async (input: CaptureCardPaymentsInput, { container }) => {
    const { captureOn } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments
    if (input.stage !== "approval" && captureOn !== input.stage) return new StepResponse({ captured: [] as string[] })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: input.order_id },
    })
    const [order] = data as { payment_collections?: { payments?: OrderPayment[] }[] }[]
    const due = (order?.payment_collections ?? [])
      .flatMap((collection) => collection.payments ?? [])
      .filter((payment) => payment.provider_id !== SYSTEM_PROVIDER_ID && !payment.captured_at && !payment.canceled_at)

    const captured: string[] = []
    for (const payment of due) {
      try {
        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, captured_by: input.captured_by } })
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `The card payment of order ${input.order_id} could not be captured (${(error as Error).message}); the order is unchanged, try again`
        )
      }
      captured.push(payment.id)
    }
    return new StepResponse({ captured })
  }
)
