import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { FindingInput } from "../../../modules/reconcile/service"
import type { StuckPayment } from "./find-stuck-payments"

export const AUTHORIZATION_EXPIRING = "authorization-expiring"

/**
 * Warns operators of orders whose card authorization lapses soon without a
 * capture: after that the money can no longer be taken, only asked for again.
 */
export const alertExpiringAuthorizationsStep = createStep(
  "alert-expiring-authorizations",
  async (payments: (StuckPayment & { lapses_at: string })[], { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const findings = payments.map((payment): FindingInput => {
      const outcome = `order ${payment.order_id}: the authorization of ${payment.amount} ${payment.currency_code.toUpperCase()} lapses at ${payment.lapses_at} and is not captured`
      logger.warn(`Bazaar reconcile: ${outcome}`)
      return {
        check: AUTHORIZATION_EXPIRING,
        subject_type: "payment",
        subject_id: payment.id,
        action: "alerted",
        outcome,
        detail: { order_id: payment.order_id, lapses_at: payment.lapses_at, provider_id: payment.provider_id },
      }
    })
    return new StepResponse(findings)
  }
)
