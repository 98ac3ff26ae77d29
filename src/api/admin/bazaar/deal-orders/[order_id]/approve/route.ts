import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveDealOrderWorkflow } from "../../../../../../workflows/deals/approve-deal-order"
import { findDealOrder } from "../../../../../../workflows/deals/utils/list-deal-orders"

/** POST /admin/bazaar/deal-orders/:order_id/approve — captures the payment; the seller takes it from there. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await approveDealOrderWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ deal_order: await findDealOrder(req.scope, req.params.order_id) })
}
