import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  activeFulfillment,
  refusalOf,
  shipmentDetailsRefusal,
  shopOrderState,
  type ShipmentDetails,
  type ShopOrderAction,
} from "../../../lib/orders/shop-order-state"
import type { LoadedShopOrder } from "./load-shop-order"

export type ValidateShopOrderActionInput = {
  order: LoadedShopOrder
  action: ShopOrderAction
  shipment?: ShipmentDetails
  linked_to_bol?: boolean
}

/**
 * Refuses a step out of order (400 saying what must come first) and shipment
 * details that do not fit the action; answers the fulfillment the action works on.
 */
export const validateShopOrderActionStep = createStep(
  "validate-shop-order-action",
  async (input: ValidateShopOrderActionInput) => {
    const refusal = refusalOf(input.action, shopOrderState(input.order))
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const misfit = shipmentDetailsRefusal(input.action, input.shipment ?? {}, !!input.linked_to_bol)
    if (misfit) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, misfit)
    }
    return new StepResponse({ fulfillment_id: activeFulfillment(input.order)?.id ?? null })
  }
)
