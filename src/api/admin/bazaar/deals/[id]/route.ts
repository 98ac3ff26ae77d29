import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DealError } from "../../../../../modules/deal"
import { updateDealWorkflow } from "../../../../../workflows/deals/update-deal"
import { findDeal } from "../../../../../workflows/deals/utils/list-deals"
import type { UpdateDealBodyType } from "../validators"

/** GET /admin/bazaar/deals/:id */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { deal, now } = await findDeal(req.scope, req.params.id)
  if (!deal) throw new DealError("deal_not_found", `No deal ${req.params.id}`)
  res.json({ deal, server_time: now.toISOString() })
}

/** POST /admin/bazaar/deals/:id — changes the deal's terms within the deal rules. */
export async function POST(req: MedusaRequest<UpdateDealBodyType>, res: MedusaResponse) {
  await updateDealWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  const { deal } = await findDeal(req.scope, req.params.id)
  res.json({ deal })
}
