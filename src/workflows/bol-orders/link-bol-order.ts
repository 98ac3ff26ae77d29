import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBolOrderLinkStep, type CreateBolOrderLinkInput } from "./steps/create-bol-order-link"
import {
  ensureShopBolShippingOptionStep,
  type EnsureShopBolShippingOptionInput,
} from "./steps/ensure-shop-bol-shipping-option"

export type LinkBolOrderInput = CreateBolOrderLinkInput & { shop: EnsureShopBolShippingOptionInput }

export const linkBolOrderWorkflowId = "bazaar-link-bol-order"

/** Links a Medusa order of a shop to a bol.com order, so that its fulfillment goes to bol through the `bol` provider. */
export const linkBolOrderWorkflow = createWorkflow(linkBolOrderWorkflowId, (input: LinkBolOrderInput) => {
  const option = ensureShopBolShippingOptionStep(input.shop)
  const link = createBolOrderLinkStep(input)
  return new WorkflowResponse({ link, shipping_option: option })
})
