import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DealTermsBodyType } from "../../../../admin/bazaar/deals/validators"
import { createDealWorkflow } from "../../../../../workflows/deals/create-deal"
import { findDeal, listDeals } from "../../../../../workflows/deals/utils/list-deals"
import { ownShopOf } from "../../../own-shop"
import type { ListSellerDealsQueryType } from "./validators"

/** GET /seller/shops/:id/deals — the shop's deals and proposals. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListSellerDealsQueryType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const { state, limit, offset } = req.validatedQuery
  const { deals, count, now } = await listDeals(req.scope, { shop_id: shop.id, state, limit, offset })
  res.json({ deals, count, limit, offset, server_time: now.toISOString() })
}

/** POST /seller/shops/:id/deals — proposes a deal; an operator approves it. */
export async function POST(req: AuthenticatedMedusaRequest<DealTermsBodyType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const { result } = await createDealWorkflow(req.scope).run({
    input: { ...req.validatedBody, shop_id: shop.id, proposed_by: req.auth_context.actor_id },
  })
  const { deal } = await findDeal(req.scope, result.id)
  res.status(201).json({ deal })
}
