import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartShopBoundary } from "../shop-boundary/cart-shop-boundary"

// The shop boundary holds in Medusa's own cart workflows, so that every way
// into a cart or an order is covered: Bazaar's routes, Medusa's store routes,
// a payment webhook completing a cart, and other plugins' workflows. Each runs
// in the workflow's `validate` hook, before the workflow writes anything.

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
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertCartShopBoundary(container, { sales_channel_id: cart.sales_channel_id, cart_id: input.cart_id })
})

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const next = input.sales_channel_id
  if (!next || next === cart.sales_channel_id) return
  await assertCartShopBoundary(container, { sales_channel_id: next, cart_id: cart.id })
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartShopBoundary(container, {
    sales_channel_id: cart.sales_channel_id,
    variant_ids: (cart.items ?? []).map((item: any) => item.variant_id),
  })
})
