import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DealError } from "../../../../../modules/deal"
import { findDealOrder } from "../../../../../workflows/deals/utils/list-deal-orders"
import { ownOrderId } from "../invoice/own-order"

/** GET /store/orders/:id/deal — where the customer's deal order is: awaiting approval, approved or rejected, then the pipeline. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = await ownOrderId(req)
  const view = await findDealOrder(req.scope, orderId)
  if (!view) throw new DealError("deal_order_not_found", `Order ${orderId} is not a deal order`)
  res.json({
    deal_order: {
      order_id: view.order_id,
      deal_id: view.deal_id,
      deal_title: view.deal_title,
      quantity: view.quantity,
      status: view.status,
      reason: view.reason,
      decided_at: view.decided_at,
      order_state: view.order_state,
      payment_status: view.payment_status,
    },
  })
}
