import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BazaarEvents } from "../events"
import { createBolOrderLinkStep } from "./steps/create-bol-order-link"
import { ensureShopBolShippingOptionStep } from "./steps/ensure-shop-bol-shipping-option"
import { validateBolOrderLinkStep, type BolOrderLinkRequest } from "./steps/validate-bol-order-link"

export type LinkBolOrderInput = BolOrderLinkRequest

export const linkBolOrderWorkflowId = "bazaar-link-bol-order"

/**
 * Links a shop's Medusa order to a bol.com order of the shop's account, once
 * bol.com confirmed the order exists, so that accepting the order ships it on
 * bol.com through the `bol` provider. One link per order and per bol order;
 * serialised with the order's other actions.
 */
export const linkBolOrderWorkflow = createWorkflow(linkBolOrderWorkflowId, (input: LinkBolOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `bazaar-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const checked = validateBolOrderLinkStep(input)
  const option = ensureShopBolShippingOptionStep(checked.shop)
  const link = createBolOrderLinkStep(checked.link)
  releaseLockStep({ key: lockKey })
  const event = transform({ link }, ({ link }) => ({ id: link.id, order_id: link.order_id, bol_order_id: link.bol_order_id }))
  emitEventStep({ eventName: BazaarEvents.BOL_ORDER_LINKED, data: event })
  return new WorkflowResponse({ link, shipping_option: option })
})
