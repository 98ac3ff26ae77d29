import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelDealWorkflow } from "../../../../../../workflows/deals/cancel-deal"
import { findDeal } from "../../../../../../workflows/deals/utils/list-deals"

/** POST /admin/bazaar/deals/:id/cancel — Cancel a lightning deal. */
export async function POST(req: MedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  await cancelDealWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason ?? null } })
  const { deal } = await findDeal(req.scope, req.params.id)
  res.json({ deal })
}
