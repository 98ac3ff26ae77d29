import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { applyShopOrderAction } from "../../../../../../../lib/orders/apply-shop-order-action"
import { presentShopOrder } from "../../../../../../../lib/orders/present-shop-order"
import { SHOP_ORDER_ACTIONS, type ShopOrderAction } from "../../../../../../../lib/orders/shop-order-state"
import type { ShopOrderActionBodyType } from "../../../../../validators"
import { ownShopOrder } from "../../shop-orders"
import { bolLinkOfOrder } from "../../../../../../../lib/bol-fulfillment/order-links"
import { shopBolShippingOptionId } from "../../../../../../../lib/bol-fulfillment/shop-bol-option"
import { currentSeller } from "../../../../../helpers"
import { ownShopOf } from "../../../../../own-shop"

function assertShipmentDetailsFit(action: ShopOrderAction, body: ShopOrderActionBodyType, linkedToBol: boolean) {
  const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  if (linkedToBol) {
    if (body.tracking_url) throw invalid("tracking_url does not go to bol.com; send transporter_code and tracking_number")
    if (body.tracking_number && !body.transporter_code) throw invalid("tracking_number for bol.com needs transporter_code")
    return
  }
  if (body.transporter_code) {
    throw invalid("transporter_code only goes with accepting an order linked to bol.com")
  }
  if (action !== "ship" && (body.tracking_number || body.tracking_url)) {
    throw invalid("tracking_number and tracking_url only go with ship")
  }
}

/**
 * POST /seller/shops/:id/orders/:order_id/{accept|ship|deliver|cancel} —
 * moves the order one step; `ship` takes an optional tracking number and URL.
 * Accepting an order linked to bol.com ships it on bol.com through the `bol`
 * fulfillment provider, with an optional `transporter_code` and `tracking_number`.
 */
export async function POST(req: AuthenticatedMedusaRequest<ShopOrderActionBodyType>, res: MedusaResponse) {
  const action = req.params.action as ShopOrderAction
  if (!SHOP_ORDER_ACTIONS.includes(action)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown order action "${action}"; use ${SHOP_ORDER_ACTIONS.join(", ")}`)
  }
  const shipment = req.validatedBody ?? {}
  const seller = await currentSeller(req)
  const shop = ownShopOf(req)
  const orderId = req.params.order_id
  const found = await ownShopOrder(req, shop.id, orderId)
  const bolLink = action === "accept" ? await bolLinkOfOrder(req.scope, orderId) : null
  assertShipmentDetailsFit(action, shipment, bolLink !== null)
  const bol = bolLink ? { shipping_option_id: await shopBolShippingOptionId(req.scope, found.sales_channel_id) } : undefined

  // one action at a time per order, so two clicks cannot pack two fulfillments
  await req.scope.resolve(Modules.LOCKING).execute(`bazaar-order:${orderId}`, async () => {
    const order = await ownShopOrder(req, shop.id, orderId)
    await applyShopOrderAction(req.scope, order, action, seller.id, shipment, bol)
  })
  res.json({ order: presentShopOrder(await ownShopOrder(req, shop.id, orderId)) })
}
