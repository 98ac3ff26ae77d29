import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCartShopBoundary } from "../cart-shop-boundary"

/** Fails with a 400 when the cart holds a product of another shop; writes nothing. */
export const validateCartShopBoundaryStep = createStep(
  "validate-cart-shop-boundary",
  async (input: { cart_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["sales_channel_id"],
      filters: { id: input.cart_id },
    })
    await assertCartShopBoundary(container, {
      cart_id: input.cart_id,
      sales_channel_id: (data as { sales_channel_id: string | null }[])[0]?.sales_channel_id,
    })
    return new StepResponse(undefined)
  }
)
