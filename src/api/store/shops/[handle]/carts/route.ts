import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { presentCart } from "../../../../../lib/carts/present-cart"
import { readCart, shopOfRequest } from "./shop-cart"

/**
 * POST /store/shops/:handle/carts — a new anonymous cart bound to the shop
 * (its sales channel, and the region of the shop's country).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { shop, commerce } = await shopOfRequest(req)
  if (!commerce.region_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `No region sells in ${String(shop.country_code).toUpperCase()} yet, so this shop cannot take orders`
    )
  }
  const { result } = await createCartWorkflow(req.scope).run({
    input: {
      region_id: commerce.region_id,
      sales_channel_id: commerce.sales_channel_id,
      currency_code: commerce.currency_code,
      metadata: { bazaar_shop_id: shop.id },
    },
  })
  const cart = await readCart(req, result.id)
  res.status(201).json({ cart: presentCart(cart!, shop) })
}
