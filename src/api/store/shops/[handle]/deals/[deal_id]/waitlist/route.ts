import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEAL_MODULE, DealError } from "../../../../../../../modules/deal"
import type DealModuleService from "../../../../../../../modules/deal/service"
import { findVisibleShop } from "../../../../visible-shop"

type Entry = { id: string; deal_id: string; status: string; position: number | null; offered_until: Date | null; created_at: Date }

const present = (entry: Entry) => ({
  id: entry.id,
  deal_id: entry.deal_id,
  status: entry.status,
  position: entry.position,
  offered_until: entry.offered_until ? new Date(entry.offered_until).toISOString() : null,
  joined_at: new Date(entry.created_at).toISOString(),
})

async function shopDealId(req: AuthenticatedMedusaRequest): Promise<string> {
  const { shop } = await findVisibleShop(req, req.params.handle)
  const [deal] = await req.scope.resolve<DealModuleService>(DEAL_MODULE).listDeals({ id: req.params.deal_id, shop_id: shop.id })
  if (!deal) throw new DealError("deal_not_found", `No deal ${req.params.deal_id} in this shop`)
  return deal.id
}

/** GET /store/shops/:handle/deals/:deal_id/waitlist — the customer's place in the deal's waitlist. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dealId = await shopDealId(req)
  const entry = await req.scope.resolve<DealModuleService>(DEAL_MODULE).waitlistEntryOf(dealId, req.auth_context.actor_id)
  if (!entry) throw new DealError("deal_not_found", `You are not in the waitlist of deal ${dealId}`)
  res.json({ waitlist_entry: present(entry) })
}

/** POST /store/shops/:handle/deals/:deal_id/waitlist — joins a sold-out deal's waitlist (once). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dealId = await shopDealId(req)
  const entry = await req.scope.resolve<DealModuleService>(DEAL_MODULE).joinWaitlist(dealId, req.auth_context.actor_id)
  res.status(201).json({ waitlist_entry: present(entry!) })
}
