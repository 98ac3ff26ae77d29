import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceSourceOrder } from "../build-invoice-snapshot"
import { INVOICE_SHOP_FIELDS } from "../order-invoice-fields"

/**
 * An invoice needs a placed order of a shop. The shop comes from the
 * shop-order link, or, when `order.placed` arrives before the checkout has
 * linked the order, from the shop that owns the order's sales channel.
 */
export const validateInvoiceOrderStep = createStep(
  "validate-invoice-order",
  async ({ order, order_id }: { order: InvoiceSourceOrder | undefined; order_id: string }, { container }) => {
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    let shop = order.shop
    if (!shop?.id && order.sales_channel_id) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "sales_channel",
        fields: INVOICE_SHOP_FIELDS.map((field) => `shop.${field}`),
        filters: { id: order.sales_channel_id },
      })
      shop = (data[0] as { shop?: Record<string, any> | null } | undefined)?.shop
    }
    if (!shop?.id || !shop.handle) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order_id} belongs to no shop, so it has no seller to invoice`)
    }
    return new StepResponse(shop)
  }
)
