import { ApiError } from "./api"
import { stripeFor, type CardElement, type StripeError } from "./stripe"
import type { CardPaymentRequest, CheckoutAnswer } from "./types"

/** How many times the checkout asks for the order after Stripe.js confirmed the card, a second apart. */
const ORDER_ATTEMPTS = 5

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Errors after which the same PaymentIntent takes another try: a declined or mistyped card, a lost connection. */
const canRetry = (error: StripeError) =>
  error.type === "validation_error" || error.type === "api_connection_error" || error.payment_intent?.status === "requires_payment_method"

/**
 * A card order as the Store API describes it: the checkout call answers 202 with a PaymentIntent, Stripe.js
 * confirms it with the buyer's card, the same call again answers the order. `pending` keeps the PaymentIntent
 * between tries, so that after a declined card the buyer confirms the same one with another card.
 */
export async function placeCardOrder(
  complete: () => Promise<CheckoutAnswer>,
  card: CardElement,
  pending: { current: CardPaymentRequest | null }
): Promise<{ id: string }> {
  if (!pending.current) {
    const answer = await complete()
    if (answer.order) return answer.order
    pending.current = answer.payment
  }
  const payment = pending.current
  if (!payment.publishable_key) {
    pending.current = null
    throw new ApiError("Card payment is not available in this shop right now. Choose pay on delivery.", 503)
  }
  const stripe = await stripeFor(payment.publishable_key)
  const { error } = await stripe.confirmCardPayment(payment.client_secret, { payment_method: { card } })
  if (error) {
    if (!canRetry(error)) pending.current = null
    throw new ApiError(error.message || "Your card was not accepted. Try another card.", 402, error.code)
  }
  pending.current = null
  for (let attempt = 1; ; attempt++) {
    const answer = await complete()
    if (answer.order) return answer.order
    if (attempt === ORDER_ATTEMPTS) {
      pending.current = answer.payment
      throw new ApiError("Your payment is not confirmed yet. Place the order again in a moment.", 202)
    }
    await pause(1000)
  }
}
