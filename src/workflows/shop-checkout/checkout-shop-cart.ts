import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../modules/seller"
import { BazaarEvents } from "../events"
import { validateCartShopBoundaryStep } from "../shop-boundary/steps/validate-cart-shop-boundary"
import { completeShopCartStep, type CompleteShopCartResult } from "./steps/complete-shop-cart"
import { prepareCartForCheckoutStep, type PrepareCartForCheckoutInput } from "./steps/prepare-cart-for-checkout"
import type { CardDecline, CardPaymentView } from "./utils/card-payment"

export type CheckoutShopCartInput = PrepareCartForCheckoutInput & { shop_id: string }

/** `order_id` is set exactly when the cart is an order. */
export type CheckoutShopCartResult =
  | { outcome: "placed" | "already_placed"; order_id: string }
  | { outcome: "payment_required"; order_id?: undefined; payment: CardPaymentView }
  | { outcome: "declined"; order_id?: undefined; decline: CardDecline }
  | { outcome: "unavailable"; order_id?: undefined; message: string }

export const checkoutShopCartWorkflowId = "bazaar-checkout-shop-cart"

/**
 * Turns a shop cart into an order of that shop for the signed-in customer:
 * at once with pay on delivery; with a card once Stripe authorized it (the
 * first call answers what Stripe.js needs; after a decline the next call
 * starts a new PaymentIntent). Once per cart: a second call,
 * concurrent or later, or Stripe's webhook, gets the same order.
 */
export const checkoutShopCartWorkflow = createWorkflow(
  checkoutShopCartWorkflowId,
  (input: CheckoutShopCartInput) => {
    const lockKey = transform({ input }, ({ input }) => `bazaar-checkout:${input.cart_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const { data: placed } = useQueryGraphStep({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: input.cart_id },
    }).config({ name: "find-placed-order" })
    const placedOrderId = transform({ placed }, ({ placed }) => (placed[0]?.order_id as string | undefined) ?? null)

    const attempt = when("place-order", { placedOrderId }, ({ placedOrderId }) => !placedOrderId).then(() => {
      validateCartShopBoundaryStep({ cart_id: input.cart_id })
      const prepared = prepareCartForCheckoutStep(input)
      return completeShopCartStep({
        cart_id: input.cart_id,
        customer_id: input.customer_id,
        payment_provider_id: input.payment_provider_id,
        session_created: prepared.session_created,
      })
    })

    when("link-order-to-shop", { attempt }, ({ attempt }) => attempt?.outcome === "placed").then(() => {
      const link = transform({ input, attempt }, ({ input, attempt }): LinkDefinition[] => [
        {
          [SELLER_MODULE]: { shop_id: input.shop_id },
          [Modules.ORDER]: { order_id: (attempt as { order_id: string }).order_id },
        },
      ])
      createRemoteLinkStep(link)
    })

    when("payment-declined", { attempt }, ({ attempt }) => attempt?.outcome === "declined").then(() => {
      const event = transform({ input, attempt }, ({ input, attempt }) => {
        const { decline } = attempt as { decline: CardDecline }
        return {
          cart_id: input.cart_id,
          shop_id: input.shop_id,
          customer_id: input.customer_id,
          provider_id: input.payment_provider_id,
          reason: decline.decline_code ?? decline.code,
        }
      })
      emitEventStep({ eventName: BazaarEvents.PAYMENT_FAILED, data: event }).config({ name: "emit-payment-failed" })
    })

    releaseLockStep({ key: lockKey })
    const result = transform({ placedOrderId, attempt }, ({ placedOrderId, attempt }): CheckoutShopCartResult => {
      if (placedOrderId) return { outcome: "already_placed", order_id: placedOrderId }
      return attempt as CompleteShopCartResult
    })
    return new WorkflowResponse(result)
  }
)
