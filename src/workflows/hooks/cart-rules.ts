import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  abortDealOrdering,
  assertDealLineUpdate,
  assertGenuineDealLines,
  beginDealOrdering,
} from "../deals/utils/deal-line-rules"
import { assertCartShopBoundary } from "../shop-boundary/cart-shop-boundary"

// Bazaar's cart rules hold in Medusa's own cart workflows, so that every way
// into a cart or an order is covered: Bazaar's routes, Medusa's store routes,
// a payment webhook completing a cart, and other plugins' workflows. Each
// runs in the workflow's `validate` hook (one handler per hook), before the
// workflow writes anything: the shop boundary, then the deal lines.

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartShopBoundary(container, {
    sales_channel_id: cart.sales_channel_id,
    variant_ids: (cart.items ?? []).map((item) => item.variant_id),
  })
})

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertCartShopBoundary(container, {
    sales_channel_id: cart.sales_channel_id,
    variant_ids: (input.items ?? []).map((item) => item.variant_id),
  })
  await assertGenuineDealLines(container, input.cart_id, input.items ?? [])
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertCartShopBoundary(container, { sales_channel_id: cart.sales_channel_id, cart_id: input.cart_id })
  await assertDealLineUpdate(container, input, cart.items ?? [])
})

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const next = input.sales_channel_id
  if (!next || next === cart.sales_channel_id) return
  await assertCartShopBoundary(container, { sales_channel_id: next, cart_id: cart.id })
})

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    await assertCartShopBoundary(container, {
      sales_channel_id: cart.sales_channel_id,
      variant_ids: (cart.items ?? []).map((item: any) => item.variant_id),
    })
    const ordering = await beginDealOrdering(container, cart as any)
    return new StepResponse(ordering, ordering)
  },
  async (ordering, { container }) => abortDealOrdering(container, ordering)
)
