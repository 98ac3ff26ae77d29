import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

/** A completion that takes longer than this has ended without a word (Medusa's cart lock lasts 120 s). */
const STALE_ORDERING_MINUTES = 5

/**
 * Brings every deal up to the clock (ended deals, expired claims and
 * offers) and settles claims stuck `ordering`: their order is recorded if
 * the cart became one, otherwise they go back to holding until they expire.
 * The lines of claims it expired leave their carts (a cart busy at that
 * moment keeps the line; its checkout refuses it).
 */
export const settleDealsStep = createStep("settle-deals", async (_: void, { container }) => {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const settled = await deals.settle()
  const stale = await deals.staleOrderingClaims(STALE_ORDERING_MINUTES)
  const cartIds = [...new Set(stale.map((claim: any) => claim.cart_id as string))]
  const orderOfCart = new Map<string, string>()
  if (cartIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
    for (const row of data as { cart_id: string; order_id: string }[]) orderOfCart.set(row.cart_id, row.order_id)
  }
  for (const cartId of cartIds) {
    const orderId = orderOfCart.get(cartId)
    if (orderId) await deals.recordOrder(cartId, orderId)
  }
  await deals.abortOrdering(stale.filter((claim: any) => !orderOfCart.has(claim.cart_id)).map((claim: any) => claim.id))
  await removeExpiredLines(container, settled.expired_claims)
  return new StepResponse(settled)
})

async function removeExpiredLines(
  container: MedusaContainer,
  claims: { cart_id: string; line_item_id: string | null }[]
) {
  const linesOfCart = new Map<string, string[]>()
  for (const claim of claims) {
    if (claim.line_item_id) linesOfCart.set(claim.cart_id, [...(linesOfCart.get(claim.cart_id) ?? []), claim.line_item_id])
  }
  for (const [cartId, ids] of linesOfCart) {
    await deleteLineItemsWorkflow(container)
      .run({ input: { cart_id: cartId, ids } })
      .catch(() => undefined)
  }
}
