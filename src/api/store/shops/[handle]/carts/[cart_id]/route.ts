import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCart } from "../../../../../../lib/carts/present-cart"
import { loadShopCart } from "../shop-cart"

/** GET /store/shops/:handle/carts/:cart_id — the cart with prices and totals from the database. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop, cart } = await loadShopCart(req)
  res.json({ cart: presentCart(cart, shop) })
}
