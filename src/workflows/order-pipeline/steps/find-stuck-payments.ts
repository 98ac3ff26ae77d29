import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StuckPaymentsInput = {
  now: string
  /** An authorized payment whose cart is still not an order after this many minutes is stuck. */
  without_order_after_minutes: number
  /** Card authorizations lapse this many days after they were made (Stripe: 7). */
  authorization_valid_days: number
  /** Operators are alerted this many hours before an uncaptured authorization lapses. */
  expiry_warning_hours: number
}

export type StuckPayment = {
  id: string
  provider_id: string
  amount: number
  currency_code: string
  created_at: string
  cart_id: string | null
  order_id: string | null
}

type PaymentRow = {
  id: string
  provider_id: string
  amount: number
  currency_code: string
  created_at: string | Date
  payment_collection?: { cart?: { id: string } | null; order?: { id: string } | null } | null
}

const minutes = (count: number) => count * 60 * 1000

/**
 * Authorized payments that are neither captured nor canceled, split into those
 * whose cart never became an order and those of orders whose authorization
 * is about to lapse.
 */
export const findStuckPaymentsStep = createStep(
  "find-stuck-payments",
  async (input: StuckPaymentsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = new Date(input.now).getTime()
    const oldest = Math.min(
      minutes(input.without_order_after_minutes),
      minutes(input.authorization_valid_days * 24 * 60 - input.expiry_warning_hours * 60)
    )
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "provider_id",
        "amount",
        "currency_code",
        "created_at",
        "payment_collection.cart.id",
        "payment_collection.order.id",
      ],
      filters: { captured_at: null, canceled_at: null, created_at: { $lt: new Date(now - oldest) } },
    })
    const payments = (data as PaymentRow[]).map(
      (row): StuckPayment => ({
        id: row.id,
        provider_id: row.provider_id,
        amount: Number(row.amount),
        currency_code: row.currency_code,
        created_at: new Date(row.created_at).toISOString(),
        cart_id: row.payment_collection?.cart?.id ?? null,
        order_id: row.payment_collection?.order?.id ?? null,
      })
    )
    const age = (payment: StuckPayment) => now - new Date(payment.created_at).getTime()
    const withoutOrder = payments.filter(
      (payment) => !payment.order_id && age(payment) >= minutes(input.without_order_after_minutes)
    )
    const lapseAt = (payment: StuckPayment) =>
      new Date(payment.created_at).getTime() + minutes(input.authorization_valid_days * 24 * 60)
    const expiring = payments
      .filter((payment) => payment.order_id && lapseAt(payment) - now <= minutes(input.expiry_warning_hours * 60))
      .map((payment) => ({ ...payment, lapses_at: new Date(lapseAt(payment)).toISOString() }))
    return new StepResponse({ withoutOrder, expiring })
  }
)
