import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bolLinkOfOrder } from "../../bol-orders/utils/order-links"
import { shopBolShippingOptionId } from "../../bol-orders/utils/shop-bol-option"
import type { LoadedShopOrder } from "./load-shop-order"

/**
 * For an order linked to a bol.com order: the shop's bol.com shipping option,
 * through which accepting ships the order on bol.com. Null for other orders.
 */
export const findBolFulfillmentStep = createStep(
  "find-bol-fulfillment",
  async (order: LoadedShopOrder, { container }) => {
    const link = await bolLinkOfOrder(container, order.id)
    if (!link) return new StepResponse(null)
    return new StepResponse({ shipping_option_id: await shopBolShippingOptionId(container, order.sales_channel_id) })
  }
)
