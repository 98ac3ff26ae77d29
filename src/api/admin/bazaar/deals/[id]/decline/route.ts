import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideDealProposalWorkflow } from "../../../../../../workflows/deals/decide-deal-proposal"
import { findDeal } from "../../../../../../workflows/deals/utils/list-deals"

/** POST /admin/bazaar/deals/:id/decline — Decline a seller's deal proposal. */
export async function POST(req: MedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  await decideDealProposalWorkflow(req.scope).run({ input: { id: req.params.id, approve: false, reason: req.validatedBody.reason ?? null } })
  const { deal } = await findDeal(req.scope, req.params.id)
  res.json({ deal })
}
