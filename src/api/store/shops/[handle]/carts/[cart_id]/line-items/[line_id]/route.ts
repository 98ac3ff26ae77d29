import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { presentCart } from "../../../../../../../../lib/carts/present-cart"
import type { UpdateShopCartItemBodyType } from "../../../../../validators"
import { loadShopCart, readCart } from "../../../shop-cart"

async function cartWithItem(req: MedusaRequest) {
  const found = await loadShopCart(req)
  const lineId = req.params.line_id
  if (!(found.cart.items ?? []).some((item: { id: string }) => item.id === lineId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line item ${lineId} is not in cart ${found.cart.id}`)
  }
  return { ...found, lineId }
}

/** POST /store/shops/:handle/carts/:cart_id/line-items/:line_id — sets the quantity; 0 removes the line. */
export async function POST(req: MedusaRequest<UpdateShopCartItemBodyType>, res: MedusaResponse) {
  const { shop, cart, lineId } = await cartWithItem(req)
  const { quantity } = req.validatedBody
  if (quantity === 0) {
    await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: cart.id, ids: [lineId] } })
  } else {
    await updateLineItemInCartWorkflow(req.scope).run({
      input: { cart_id: cart.id, item_id: lineId, update: { quantity } },
    })
  }
  res.json({ cart: presentCart((await readCart(req, cart.id))!, shop) })
}

/** DELETE /store/shops/:handle/carts/:cart_id/line-items/:line_id — removes the line. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { shop, cart, lineId } = await cartWithItem(req)
  await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: cart.id, ids: [lineId] } })
  res.json({ cart: presentCart((await readCart(req, cart.id))!, shop) })
}
