import type { CheckoutShopCartResult } from "../../../../../../../workflows/shop-checkout/checkout-shop-cart"

/** The HTTP status and body of each checkout outcome (see contract.ts). */
export function checkoutAnswer(result: CheckoutShopCartResult, shopId: string): { status: number; body: Record<string, unknown> } {
  switch (result.outcome) {
    case "placed":
      return { status: 201, body: { order: { id: result.order_id, shop_id: shopId } } }
    case "already_placed":
      return { status: 200, body: { order: { id: result.order_id, shop_id: shopId } } }
    case "payment_required":
      return {
        status: 202,
        body: {
          payment: result.payment,
          next_step:
            result.payment.status === "requires_action"
              ? "The bank asks the buyer to authenticate (3-D Secure): handle next_action with Stripe.js (stripe.handleNextAction with the client_secret), then call this route again."
              : "Confirm the payment with Stripe.js (stripe.confirmCardPayment or confirmPayment with the client_secret and publishable_key), then call this route again; Stripe's webhook may place the order first.",
        },
      }
    case "declined":
      return {
        status: 402,
        body: {
          type: "card_declined",
          code: result.decline.decline_code ?? result.decline.code,
          message: `The card was declined (${result.decline.message}). The cart is unchanged: call this route again for a new payment to confirm with another card.`,
        },
      }
    case "unavailable":
      return { status: 503, body: { type: "payment_unavailable", message: result.message } }
  }
}
