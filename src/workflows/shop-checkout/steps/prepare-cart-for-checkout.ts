import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  transferCartCustomerWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Medusa's system provider: pay on delivery. */
export const SYSTEM_PROVIDER_ID = "pp_system_default"

export type CheckoutAddress = {
  first_name: string
  last_name?: string
  address_1: string
  address_2?: string
  city: string
  postal_code: string
  country_code: string
  phone?: string
}

export type PrepareCartForCheckoutInput = {
  cart_id: string
  customer_id: string
  email?: string
  shipping_address: CheckoutAddress
  payment_provider_id: string
}

export type PreparedCart = {
  shipping_option_id: string | null
  /** A payment session was created by this call (a card checkout has nothing to complete yet). */
  session_created: boolean
}

/** Statuses in which a session can still become an authorization; such a session is kept between calls. */
const LIVE_SESSION_STATUSES = ["pending", "requires_more", "authorized", "captured", "pending_authorization"]

type CartPayment = {
  payment_collection?: { id: string; payment_sessions?: { provider_id: string; status: string }[] } | null
}

async function liveSessionFor(container: MedusaContainer, cartId: string, providerId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id", "payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.status"],
    filters: { id: cartId },
  })
  const [cart] = data as CartPayment[]
  return (cart?.payment_collection?.payment_sessions ?? []).some(
    (session) => session.provider_id === providerId && LIVE_SESSION_STATUSES.includes(session.status)
  )
}

/**
 * Gets a shop cart ready for Medusa's completion: the signed-in customer and
 * the delivery address on the cart, the shop's delivery option as shipping
 * method, and a payment session with the chosen provider. A cart that already
 * has a live session with that provider (a card checkout's second call, after
 * the storefront confirmed at Stripe) is left as it is: touching it would
 * replace the PaymentIntent the buyer just confirmed.
 */
export const prepareCartForCheckoutStep = createStep(
  "prepare-cart-for-checkout",
  async (input: PrepareCartForCheckoutInput, { container }): Promise<StepResponse<PreparedCart>> => {
    if (input.payment_provider_id !== SYSTEM_PROVIDER_ID && (await liveSessionFor(container, input.cart_id, input.payment_provider_id))) {
      return new StepResponse({ shipping_option_id: null, session_created: false })
    }
    await transferCartCustomerWorkflow(container).run({
      input: { id: input.cart_id, customer_id: input.customer_id },
    })
    await updateCartWorkflow(container).run({
      input: {
        id: input.cart_id,
        shipping_address: { ...input.shipping_address, country_code: input.shipping_address.country_code.toLowerCase() },
        ...(input.email ? { email: input.email } : {}),
      },
    })

    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
      input: { cart_id: input.cart_id, is_return: false },
    })
    const option = [...options].sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0]
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This shop does not deliver to ${input.shipping_address.country_code.toUpperCase()}`
      )
    }
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: input.cart_id, options: [{ id: option.id }] },
    })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["payment_collection.id", "payment_collection.payment_sessions.provider_id"],
      filters: { id: input.cart_id },
    })
    const [cart] = data as { payment_collection?: { id: string } | null }[]
    let collectionId = cart?.payment_collection?.id
    if (!collectionId) {
      const { result } = await createPaymentCollectionForCartWorkflow(container).run({
        input: { cart_id: input.cart_id },
      })
      collectionId = result.id
    }
    try {
      await createPaymentSessionsWorkflow(container).run({
        input: {
          payment_collection_id: collectionId,
          provider_id: input.payment_provider_id,
          customer_id: input.customer_id,
        },
      })
    } catch (error) {
      // a card provider that cannot be reached leaves the cart without a session: the completion step says so
      if (input.payment_provider_id === SYSTEM_PROVIDER_ID) throw error
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment session for cart ${input.cart_id} failed: ${(error as Error).message}`)
    }
    return new StepResponse({ shipping_option_id: option.id as string, session_created: true })
  }
)
