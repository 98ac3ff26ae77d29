import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentStoreDeal } from "../../../../../workflows/deals/utils/present-deal"
import { DEAL_MODULE } from "../../../../../modules/deal"
import type DealModuleService from "../../../../../modules/deal/service"
import { findVisibleShop } from "../../visible-shop"

/**
 * GET /store/shops/:handle/deals — the shop's live deals (price, MRP, %
 * claimed, units left, end) and upcoming ones (no price until they start),
 * with the server's time for countdowns. Expired claims are settled first,
 * on the database's clock, so units left are current.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop } = await findVisibleShop(req, req.params.handle)
  const deals = req.scope.resolve<DealModuleService>(DEAL_MODULE)
  const now = await deals.now()
  const current = await deals.listDeals(
    { shop_id: shop.id, status: "approved", ends_at: { $gt: now } },
    { order: { starts_at: "ASC" }, take: 100 }
  )
  const live = current.filter((deal) => new Date(deal.starts_at) <= now)
  if (live.length) await deals.settle(live.map((deal) => deal.id))
  const fresh = live.length ? await deals.listDeals({ id: live.map((deal) => deal.id) }, { order: { ends_at: "ASC" } }) : []
  res.json({
    live: fresh.filter((deal) => deal.status === "approved").map((deal) => presentStoreDeal(deal as any, now)),
    upcoming: current.filter((deal) => new Date(deal.starts_at) > now).map((deal) => presentStoreDeal(deal as any, now)),
    server_time: now.toISOString(),
  })
}
