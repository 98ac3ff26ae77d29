import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../../lib/openapi"
import { CheckoutShopCartBody } from "../../../../validators"

const OrderAnswer = z.object({ order: z.object({ id: z.string(), shop_id: z.string() }) })
const example = { order: { id: "order_01JD90AA", shop_id: "shop_01JD8Y2M" } }

const CardPayment = z
  .object({
    provider_id: z.string(),
    payment_session_id: z.string(),
    status: z.string().describe("Stripe's PaymentIntent status: requires_payment_method, requires_confirmation, requires_action, …"),
    payment_intent_id: z.string().nullable(),
    client_secret: z.string().nullable().describe("For Stripe.js: confirm the PaymentIntent with it"),
    publishable_key: z.string().nullable().describe("Stripe's publishable key for Stripe.js, when configured"),
    amount: z.number().describe("In major units, as Medusa's amounts (Stripe's PaymentIntent holds it in the smallest unit)"),
    currency_code: z.string(),
    next_action: z.record(z.string(), z.unknown()).nullable().describe("Stripe's next_action when 3-D Secure is asked"),
  })
  .describe("A card payment to confirm with Stripe.js")

const payment = {
  provider_id: "pp_stripe_stripe",
  payment_session_id: "payses_01JD90AB",
  status: "requires_payment_method",
  payment_intent_id: "pi_3Q0abc",
  client_secret: "pi_3Q0abc_secret_xyz",
  publishable_key: "pk_test_51Q0",
  amount: 25.99,
  currency_code: "eur",
  next_action: null,
}

const PaymentRequired = z.object({ payment: CardPayment, next_step: z.string() })
const Declined = z.object({ type: z.literal("card_declined"), code: z.string().describe("Stripe's decline_code (or error code)"), message: z.string() })
const Unavailable = z.object({ type: z.literal("payment_unavailable"), message: z.string() })

export default defineRouteContract({
  tag: "Store: shop carts",
  POST: {
    summary: "Place the order: the signed-in customer completes the cart",
    description: [
      "Puts the customer and the address on the cart, adds the shop's delivery option and a payment session, and completes it with Medusa's `completeCartWorkflow`. Another customer's cart is a `404`; an empty cart or an address outside the shop's country a `400`.",
      "",
      "Pay on delivery (`pp_system_default`, the default) places the order at once: `201` (again: `200`, the same order).",
      "",
      "Card (`pp_stripe_stripe`): the first call creates Stripe's PaymentIntent and answers `202` with `payment.client_secret` and `payment.publishable_key` for Stripe.js; no order yet. The storefront confirms the payment with Stripe.js and calls again with the same body: once Stripe authorized the payment the order is placed (`201`). Stripe's webhook may place it first; either way there is exactly one order (`200` then). A call before the buyer confirmed answers `202` again; 3-D Secure answers `202` with `payment.status` `requires_action` and `payment.next_action`. A declined card answers `402` (`card_declined`, `code` = Stripe's decline code); the cart stays and the next call answers `202` with a new PaymentIntent for another card. When Stripe cannot be reached: `503`, nothing changed.",
    ].join("\n"),
    access: "customer",
    body: CheckoutShopCartBody,
    errors: [404],
    responses: {
      201: { description: "The order was placed", schema: OrderAnswer, example },
      200: { description: "The cart was completed before (also concurrently, or by Stripe's webhook): the same order", schema: OrderAnswer, example },
      202: {
        description: "Card payment: not authorized yet. Confirm it with Stripe.js (or pass 3-D Secure), then call again",
        schema: PaymentRequired,
        example: { payment, next_step: "Confirm the payment with Stripe.js …, then call this route again" },
      },
      402: {
        description: "The card was declined; the cart stays. Call again: the `202` carries a new PaymentIntent for another card",
        schema: Declined,
        example: {
          type: "card_declined",
          code: "insufficient_funds",
          message: "The card was declined (Your card has insufficient funds.). The cart is unchanged: call this route again for a new payment to confirm with another card.",
        },
      },
      503: {
        description: "Stripe could not be reached; nothing changed, try again",
        schema: Unavailable,
        example: { type: "payment_unavailable", message: "Card payments are unavailable right now: Stripe did not answer. The cart is unchanged; try again in a moment." },
      },
    },
  },
})
