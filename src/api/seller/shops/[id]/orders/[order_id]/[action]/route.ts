import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { applyShopOrderAction } from "../../../../../../../lib/orders/apply-shop-order-action"
import { presentShopOrder } from "../../../../../../../lib/orders/present-shop-order"
import { SHOP_ORDER_ACTIONS, type ShopOrderAction } from "../../../../../../../lib/orders/shop-order-state"
import { currentSeller } from "../../../../../helpers"
import { ownShop } from "../../../../present"
import type { ShopOrderActionBodyType } from "../../../../../validators"
import { ownShopOrder } from "../../shop-orders"

/**
 * POST /seller/shops/:id/orders/:order_id/{accept|ship|deliver|cancel} —
 * moves the order one step; `ship` takes an optional tracking number and URL.
 */
export async function POST(req: AuthenticatedMedusaRequest<ShopOrderActionBodyType>, res: MedusaResponse) {
  const action = req.params.action as ShopOrderAction
  if (!SHOP_ORDER_ACTIONS.includes(action)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown order action "${action}"; use ${SHOP_ORDER_ACTIONS.join(", ")}`)
  }
  const shipment = req.validatedBody ?? {}
  if (action !== "ship" && (shipment.tracking_number || shipment.tracking_url)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "tracking_number and tracking_url only go with ship")
  }
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const orderId = req.params.order_id
  await ownShopOrder(req, shop.id, orderId)

  // one action at a time per order, so two clicks cannot pack two fulfillments
  await req.scope.resolve(Modules.LOCKING).execute(`bazaar-order:${orderId}`, async () => {
    const order = await ownShopOrder(req, shop.id, orderId)
    await applyShopOrderAction(req.scope, order, action, seller.id, shipment)
  })
  res.json({ order: presentShopOrder(await ownShopOrder(req, shop.id, orderId)) })
}
