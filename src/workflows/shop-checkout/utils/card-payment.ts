/** What a storefront needs to confirm a card payment with Stripe.js (no order yet). */
export type CardPaymentView = {
  provider_id: string
  payment_session_id: string
  /** Stripe's PaymentIntent status: requires_payment_method, requires_confirmation, requires_action, … */
  status: string
  payment_intent_id: string | null
  client_secret: string | null
  publishable_key: string | null
  amount: number
  currency_code: string
  /** Stripe's `next_action` when 3-D Secure is asked (`redirect_to_url.url` to send the buyer to). */
  next_action: Record<string, unknown> | null
}

export type CardDecline = { code: string; decline_code: string | null; message: string }

export type PaymentSessionRow = {
  id: string
  provider_id: string
  status: string
  amount: number
  currency_code: string
  data: Record<string, unknown> | null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value ? value : null
}

/** The storefront's view of a payment session (its data is Stripe's PaymentIntent). */
export function cardPaymentView(session: PaymentSessionRow, publishableKey: string | undefined): CardPaymentView {
  const intent = session.data ?? {}
  const nextAction = intent.next_action
  return {
    provider_id: session.provider_id,
    payment_session_id: session.id,
    status: text(intent.status) ?? "requires_payment_method",
    payment_intent_id: text(intent.id),
    client_secret: text(intent.client_secret),
    publishable_key: publishableKey ?? null,
    amount: Number(session.amount),
    currency_code: session.currency_code,
    next_action: nextAction && typeof nextAction === "object" ? (nextAction as Record<string, unknown>) : null,
  }
}

/** Stripe's last payment error of a declined PaymentIntent, without the payment method's details. */
export function declineOf(session: PaymentSessionRow): CardDecline {
  const error = (session.data?.last_payment_error ?? {}) as Record<string, unknown>
  return {
    code: text(error.code) ?? "card_declined",
    decline_code: text(error.decline_code),
    message: text(error.message) ?? "Your card was declined.",
  }
}

/**
 * A session whose PaymentIntent Stripe never returned (Medusa's provider keeps
 * `{ indeterminate_due_to }` when Stripe answers 5xx): nothing to confirm.
 */
export function isIndeterminate(session: PaymentSessionRow): boolean {
  return !text(session.data?.client_secret)
}
