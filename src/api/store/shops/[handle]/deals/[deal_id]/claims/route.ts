import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { presentCart } from "../../../../../../../lib/carts/present-cart"
import { claimDealWorkflow } from "../../../../../../../workflows/deals/claim-deal"
import { loadShopCart, readCart } from "../../../carts/shop-cart"
import type { ClaimDealBodyType } from "../../validators"

/**
 * POST /store/shops/:handle/deals/:deal_id/claims — claims the deal into the
 * customer's cart of this shop: units held for `deals.claimMinutes`, a line
 * at the deal price set on the server.
 */
export async function POST(req: AuthenticatedMedusaRequest<ClaimDealBodyType>, res: MedusaResponse) {
  const { shop, cart } = await loadShopCart(req, req.validatedBody.cart_id)
  const customerId = req.auth_context.actor_id
  if ((cart.customer_id && cart.customer_id !== customerId) || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart.id} was not found in this shop`)
  }
  const { result } = await claimDealWorkflow(req.scope).run({
    input: {
      shop_id: shop.id,
      deal_id: req.params.deal_id,
      cart_id: cart.id,
      customer_id: customerId,
      quantity: req.validatedBody.quantity,
    },
  })
  const claim = {
    id: result.id,
    deal_id: result.deal_id,
    quantity: result.quantity,
    line_item_id: result.line_item_id,
    expires_at: new Date(result.expires_at).toISOString(),
  }
  res.status(201).json({ claim, cart: presentCart((await readCart(req, cart.id))!, shop) })
}
