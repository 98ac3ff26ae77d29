/**
 * Stripe's test payment methods the fake knows
 * (https://docs.stripe.com/testing#cards): what a confirm with each one does,
 * and the test card number a buyer types for it into the Stripe.js stand-in.
 */
type CardFacts = { brand: string; last4: string; number: string }
export type TestCard =
  | ({ outcome: "succeeds" } & CardFacts)
  | ({ outcome: "declined"; decline_code: string; message: string } & CardFacts)
  | ({ outcome: "requires_authentication" } & CardFacts)

export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { outcome: "succeeds", brand: "visa", last4: "4242", number: "4242424242424242" },
  pm_card_mastercard: { outcome: "succeeds", brand: "mastercard", last4: "4444", number: "5555555555554444" },
  pm_card_chargeDeclined: {
    outcome: "declined",
    brand: "visa",
    last4: "0002",
    number: "4000000000000002",
    decline_code: "generic_decline",
    message: "Your card was declined.",
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    outcome: "declined",
    brand: "visa",
    last4: "9995",
    number: "4000000000009995",
    decline_code: "insufficient_funds",
    message: "Your card has insufficient funds.",
  },
  pm_card_authenticationRequired: { outcome: "requires_authentication", brand: "visa", last4: "3184", number: "4000002760003184" },
}

export function paymentMethodObject(id: string, card: TestCard, created: number) {
  return {
    id,
    object: "payment_method",
    type: "card",
    card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: 2034, country: "US", funding: "credit" },
    billing_details: { address: null, email: null, name: null, phone: null },
    customer: null,
    created,
    livemode: false,
    metadata: {},
  }
}
