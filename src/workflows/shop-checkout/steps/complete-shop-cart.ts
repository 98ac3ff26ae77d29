import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, deletePaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { cardPaymentView, declineOf, isIndeterminate, type CardDecline, type CardPaymentView, type PaymentSessionRow } from "../utils/card-payment"
import { SYSTEM_PROVIDER_ID } from "./prepare-cart-for-checkout"

export type CompleteShopCartInput = {
  cart_id: string
  customer_id: string
  payment_provider_id: string
  session_created: boolean
}

/**
 * - `placed`: the cart is an order (Medusa's completion ran, or had run: then the same order);
 * - `payment_required`: the card payment is not authorized yet (to confirm, or 3-D Secure to pass);
 * - `declined`: the card was declined; the next call starts a new PaymentIntent for another card;
 * - `unavailable`: Stripe did not answer; nothing changed.
 */
export type CompleteShopCartResult =
  | { outcome: "placed"; order_id: string }
  | { outcome: "payment_required"; payment: CardPaymentView }
  | { outcome: "declined"; decline: CardDecline }
  | { outcome: "unavailable"; message: string }

const UNAVAILABLE = "Card payments are unavailable right now: Stripe did not answer. The cart is unchanged; try again in a moment."

/** Medusa's Payment module: Stripe answered, the PaymentIntent is not authorized (its status is on the session). */
const NOT_AUTHORIZED = /was not authorized with the provider/
/** Medusa's Stripe provider could not reach Stripe (or Stripe failed). */
const STRIPE_FAILURE = /stripe|An error occurred in|ECONNRE|socket hang up|timed? ?out/i

async function providerSession(container: MedusaContainer, cartId: string, providerId: string): Promise<PaymentSessionRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "payment_collection.id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
      "payment_collection.payment_sessions.amount",
      "payment_collection.payment_sessions.currency_code",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  const [cart] = data as { payment_collection?: { id: string; payment_sessions?: PaymentSessionRow[] } | null }[]
  return (cart?.payment_collection?.payment_sessions ?? []).find((session) => session.provider_id === providerId)
}

async function dropSession(container: MedusaContainer, sessionId: string) {
  await deletePaymentSessionsWorkflow(container).run({ input: { ids: [sessionId] } })
}

/**
 * Completes the cart with Medusa's `completeCartWorkflow` (which locks the
 * cart and answers an order placed before, e.g. by Stripe's webhook, instead
 * of placing a second one). When a card payment is not authorized, reads the
 * session Medusa updated from Stripe and says what the storefront must do.
 */
export const completeShopCartStep = createStep(
  "complete-shop-cart",
  async (input: CompleteShopCartInput, { container }): Promise<StepResponse<CompleteShopCartResult>> => {
    const card = input.payment_provider_id !== SYSTEM_PROVIDER_ID
    const { publishableKey } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments

    if (card && input.session_created) {
      const session = await providerSession(container, input.cart_id, input.payment_provider_id)
      if (!session || isIndeterminate(session)) {
        if (session) await dropSession(container, session.id)
        return new StepResponse({ outcome: "unavailable", message: UNAVAILABLE })
      }
      return new StepResponse({ outcome: "payment_required", payment: cardPaymentView(session, publishableKey) })
    }

    try {
      const { result } = await completeCartWorkflow(container).run({ input: { id: input.cart_id } })
      return new StepResponse({ outcome: "placed", order_id: result.id })
    } catch (error) {
      if (!card) throw error
      const session = await providerSession(container, input.cart_id, input.payment_provider_id)
      if (!session) throw error
      const message = (error as Error).message ?? ""
      if (!NOT_AUTHORIZED.test(message)) {
        if (STRIPE_FAILURE.test(message)) return new StepResponse({ outcome: "unavailable", message: UNAVAILABLE })
        throw error
      }
      if (session.status === PaymentSessionStatus.ERROR) {
        // the next call finds no live session and starts a new PaymentIntent for another card
        return new StepResponse({ outcome: "declined", decline: declineOf(session) })
      }
      if (session.status === PaymentSessionStatus.PENDING || session.status === PaymentSessionStatus.REQUIRES_MORE) {
        if (isIndeterminate(session)) {
          await dropSession(container, session.id)
          return new StepResponse({ outcome: "unavailable", message: UNAVAILABLE })
        }
        return new StepResponse({ outcome: "payment_required", payment: cardPaymentView(session, publishableKey) })
      }
      throw error
    }
  }
)
