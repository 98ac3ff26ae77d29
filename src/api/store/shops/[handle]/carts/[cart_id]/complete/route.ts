import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkoutShopCartWorkflow } from "../../../../../../../workflows/shop-checkout/checkout-shop-cart"
import type { CheckoutShopCartBodyType } from "../../../../validators"
import { loadShopCart } from "../../shop-cart"
import { checkoutAnswer } from "./answer"

/**
 * POST /store/shops/:handle/carts/:cart_id/complete — the signed-in customer
 * (phone + OTP) places the order. Pay on delivery places it at once (201;
 * again: 200, the same order). A card (`pp_stripe_stripe`) answers 202 with
 * what Stripe.js needs until Stripe authorized the payment; the call after
 * the storefront confirmed (or Stripe's webhook, whichever comes first)
 * places the one order. A declined card answers 402 with a new PaymentIntent.
 */
export async function POST(req: AuthenticatedMedusaRequest<CheckoutShopCartBodyType>, res: MedusaResponse) {
  const { shop, cart } = await loadShopCart(req)
  const customerId = req.auth_context.actor_id
  if (cart.customer_id && cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart.id} was not found in this shop`)
  }
  if (!cart.completed_at && !(cart.items ?? []).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty")
  }
  const body = req.validatedBody
  const { result } = await checkoutShopCartWorkflow(req.scope).run({
    input: {
      shop_id: shop.id,
      cart_id: cart.id,
      customer_id: customerId,
      email: body.email,
      shipping_address: body.shipping_address,
      payment_provider_id: body.payment_provider_id,
    },
  })
  const answer = checkoutAnswer(result, shop.id)
  res.status(answer.status).json(answer.body)
}
