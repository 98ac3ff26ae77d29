import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { attachClaimLineStep } from "./steps/attach-claim-line"
import { claimDealUnitsStep } from "./steps/claim-deal-units"
import { loadShopDealStep } from "./steps/deal-module-calls"
import { emitWaitlistOffersStep } from "./steps/emit-waitlist-offers"
import { DEAL_CLAIM_METADATA_KEY, DEAL_ID_METADATA_KEY } from "./utils/deal-lines"

export type ClaimDealInput = { shop_id: string; deal_id: string; cart_id: string; customer_id: string; quantity: number }

export const claimDealWorkflowId = "bazaar-claim-deal"

/**
 * Claims a live deal into the customer's shop cart: units held for the
 * claim time, a line at the deal price set on the server. When the line
 * cannot be added, the units go back.
 */
export const claimDealWorkflow = createWorkflow(claimDealWorkflowId, (input: ClaimDealInput) => {
  const deal = loadShopDealStep({ deal_id: input.deal_id, shop_id: input.shop_id })
  const claimed = claimDealUnitsStep({
    deal_id: input.deal_id,
    customer_id: input.customer_id,
    cart_id: input.cart_id,
    quantity: input.quantity,
  })
  const items = transform({ input, deal, claimed }, ({ input, deal, claimed }) => ({
    cart_id: input.cart_id,
    items: [
      {
        variant_id: deal.variant_id,
        quantity: input.quantity,
        unit_price: Number(deal.price),
        metadata: { [DEAL_ID_METADATA_KEY]: deal.id, [DEAL_CLAIM_METADATA_KEY]: claimed.claim.id },
      },
    ],
  }))
  addToCartWorkflow.runAsStep({ input: items })
  const line = attachClaimLineStep(
    transform({ input, claimed }, ({ input, claimed }) => ({ cart_id: input.cart_id, claim_id: claimed.claim.id }))
  )
  emitWaitlistOffersStep(transform({ claimed }, ({ claimed }) => claimed.offers))
  const result = transform({ claimed, line }, ({ claimed, line }) => ({ ...claimed.claim, line_item_id: line.line_item_id }))
  return new WorkflowResponse(result)
})
