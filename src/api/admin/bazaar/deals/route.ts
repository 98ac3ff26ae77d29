import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createDealWorkflow } from "../../../../workflows/deals/create-deal"
import { findDeal, listDeals } from "../../../../workflows/deals/utils/list-deals"
import type { CreateDealBodyType, ListDealsQueryType } from "./validators"

/** GET /admin/bazaar/deals?state=&shop_id=&limit=&offset= — deals with their live state and % claimed. */
export async function GET(req: MedusaRequest<unknown, ListDealsQueryType>, res: MedusaResponse) {
  const { state, shop_id, limit, offset } = req.validatedQuery
  const { deals, count, now } = await listDeals(req.scope, { state, shop_id, limit, offset })
  res.json({ deals, count, limit, offset, server_time: now.toISOString() })
}

/** POST /admin/bazaar/deals — an operator's deal, approved at once. */
export async function POST(req: MedusaRequest<CreateDealBodyType>, res: MedusaResponse) {
  const { result } = await createDealWorkflow(req.scope).run({ input: req.validatedBody })
  const { deal } = await findDeal(req.scope, result.id)
  res.status(201).json({ deal })
}
