import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../modules/seller"
import { validateCartShopBoundaryStep } from "../shop-boundary/steps/validate-cart-shop-boundary"
import { prepareCartForCheckoutStep, type PrepareCartForCheckoutInput } from "./steps/prepare-cart-for-checkout"

export type CheckoutShopCartInput = PrepareCartForCheckoutInput & { shop_id: string }

export const checkoutShopCartWorkflowId = "bazaar-checkout-shop-cart"

/**
 * Turns a shop cart into an order of that shop for the signed-in customer.
 * Once per cart: a second call, concurrent or later, answers the same order.
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

    const newOrderId = when("place-order", { placedOrderId }, ({ placedOrderId }) => !placedOrderId).then(() => {
      validateCartShopBoundaryStep({ cart_id: input.cart_id })
      prepareCartForCheckoutStep(input)
      const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
      const link = transform({ input, order }, ({ input, order }): LinkDefinition[] => [
        { [SELLER_MODULE]: { shop_id: input.shop_id }, [Modules.ORDER]: { order_id: order.id } },
      ])
      createRemoteLinkStep(link)
      return order.id
    })

    releaseLockStep({ key: lockKey })
    const result = transform({ placedOrderId, newOrderId }, ({ placedOrderId, newOrderId }) => ({
      order_id: (placedOrderId ?? newOrderId) as string,
      created: !placedOrderId,
    }))
    return new WorkflowResponse(result)
  }
)
