import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FindingInput } from "../../../modules/reconcile/service"
import type { StuckPayment } from "./find-stuck-payments"

export const AUTHORIZED_WITHOUT_ORDER = "authorized-without-order"

/**
 * Cancels the authorization of each payment whose cart never became an
 * order, so the buyer's funds are released. A failure is recorded and the
 * next run tries again; it never stops the others.
 */
export const cancelOrphanAuthorizationsStep = createStep(
  "cancel-orphan-authorizations",
  async (payments: StuckPayment[], { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const findings: FindingInput[] = []
    for (const payment of payments) {
      const detail = { cart_id: payment.cart_id, amount: payment.amount, currency_code: payment.currency_code, provider_id: payment.provider_id }
      try {
        await paymentModule.cancelPayment(payment.id)
        findings.push({
          check: AUTHORIZED_WITHOUT_ORDER,
          subject_type: "payment",
          subject_id: payment.id,
          action: "repaired",
          outcome: `authorization canceled: cart ${payment.cart_id ?? "?"} never became an order`,
          detail,
        })
      } catch (error) {
        findings.push({
          check: AUTHORIZED_WITHOUT_ORDER,
          subject_type: "payment",
          subject_id: payment.id,
          action: "failed",
          outcome: `canceling the authorization failed: ${(error as Error).message}`,
          detail,
        })
      }
    }
    return new StepResponse(findings)
  }
)
