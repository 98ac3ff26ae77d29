import type { MedusaContainer } from "@medusajs/framework/types"
import { presentDeal } from "./present-deal"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

export type DealListFilter = {
  state?: "proposed" | "declined" | "canceled" | "scheduled" | "live" | "ended"
  shop_id?: string | string[]
  limit: number
  offset: number
}

function stateFilter(state: DealListFilter["state"], now: Date): Record<string, unknown> {
  switch (state) {
    case undefined:
      return {}
    case "live":
      return { status: "approved", starts_at: { $lte: now }, ends_at: { $gt: now } }
    case "scheduled":
      return { status: "approved", starts_at: { $gt: now } }
    case "ended":
      return { $or: [{ status: "ended" }, { status: "approved", ends_at: { $lte: now } }] }
    default:
      return { status: state }
  }
}

/** A page of deals with their state on the deals' clock, soonest first. */
export async function listDeals(container: MedusaContainer, filter: DealListFilter) {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const now = await deals.now()
  const [rows, count] = await deals.listAndCountDeals(
    { ...stateFilter(filter.state, now), ...(filter.shop_id ? { shop_id: filter.shop_id } : {}) },
    { take: filter.limit, skip: filter.offset, order: { starts_at: "DESC" } }
  )
  return { deals: rows.map((row) => presentDeal(row as any, now)), count, now }
}

/** One deal with its state, or null. */
export async function findDeal(container: MedusaContainer, id: string, shopId?: string) {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const now = await deals.now()
  const [row] = await deals.listDeals({ id, ...(shopId ? { shop_id: shopId } : {}) })
  return { deal: row ? presentDeal(row as any, now) : null, now }
}
