import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkoutShopCartWorkflow } from "../../../../../../../workflows/shop-checkout/checkout-shop-cart"
import type { CheckoutShopCartBodyType } from "../../../../validators"
import { loadShopCart } from "../../shop-cart"

/**
 * POST /store/shops/:handle/carts/:cart_id/complete — the signed-in customer
 * (phone + OTP) places the order. Completing a cart again answers the same
 * order with 200 instead of 201.
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
  res.status(result.created ? 201 : 200).json({ order: { id: result.order_id, shop_id: shop.id } })
}
