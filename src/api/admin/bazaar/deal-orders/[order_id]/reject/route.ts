import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectDealOrderWorkflow } from "../../../../../../workflows/deals/reject-deal-order"
import { findDealOrder } from "../../../../../../workflows/deals/utils/list-deal-orders"

/** POST /admin/bazaar/deal-orders/:order_id/reject — cancels the order, releases the authorization, gives the units back. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  await rejectDealOrderWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, reason: req.validatedBody.reason, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ deal_order: await findDealOrder(req.scope, req.params.order_id) })
}
