import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { presentCart } from "../../../../../../../lib/carts/present-cart"
import { shopVariantId } from "../../../../../../../workflows/shop-checkout/utils/shop-variant"
import type { AddShopCartItemBodyType } from "../../../../validators"
import { loadShopCart, readCart } from "../../shop-cart"

/**
 * POST /store/shops/:handle/carts/:cart_id/line-items — adds a product (or
 * variant) of this shop. Title, image and price come from the database.
 */
export async function POST(req: MedusaRequest<AddShopCartItemBodyType>, res: MedusaResponse) {
  const { shop, cart } = await loadShopCart(req)
  const body = req.validatedBody
  const variantId = await shopVariantId(req.scope, shop.id, body)
  await addToCartWorkflow(req.scope).run({
    input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: body.quantity }] },
  })
  res.json({ cart: presentCart((await readCart(req, cart.id))!, shop) })
}
