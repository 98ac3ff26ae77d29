import { dealState, percentClaimed, type DealState } from "../../../modules/deal"

export type DealRow = {
  id: string
  shop_id: string
  product_id: string
  variant_id: string
  title: string
  currency_code: string
  mrp: unknown
  price: unknown
  total_units: number
  available_units: number
  starts_at: Date | string
  ends_at: Date | string
  status: string
  status_reason?: string | null
  per_customer_limit: number
  recurrence: string | null
  occurrence_of?: string | null
  proposed_by?: string | null
  created_at?: Date | string
}

const iso = (value: Date | string) => new Date(value).toISOString()

/** A deal as operators and sellers see it, at `now` on the deals' clock. */
export function presentDeal(deal: DealRow, now: Date) {
  return {
    id: deal.id,
    shop_id: deal.shop_id,
    product_id: deal.product_id,
    variant_id: deal.variant_id,
    title: deal.title,
    currency_code: deal.currency_code,
    mrp: Number(deal.mrp),
    price: Number(deal.price),
    total_units: deal.total_units,
    available_units: deal.available_units,
    percent_claimed: percentClaimed(deal),
    starts_at: iso(deal.starts_at),
    ends_at: iso(deal.ends_at),
    state: dealState(deal, now) as DealState,
    status_reason: deal.status_reason ?? null,
    per_customer_limit: deal.per_customer_limit,
    recurrence: deal.recurrence === "daily" ? ("daily" as const) : null,
    occurrence_of: deal.occurrence_of ?? null,
    proposed_by: deal.proposed_by ?? null,
  }
}

/**
 * A deal as buyers see it: live with its price, units left and % claimed;
 * upcoming without a price until it starts (as Amazon shows "coming soon").
 */
export function presentStoreDeal(deal: DealRow, now: Date) {
  const live = dealState(deal, now) === "live"
  return {
    id: deal.id,
    product_id: deal.product_id,
    variant_id: deal.variant_id,
    title: deal.title,
    currency_code: deal.currency_code,
    mrp: Number(deal.mrp),
    price: live ? Number(deal.price) : null,
    units_left: live ? deal.available_units : deal.total_units,
    total_units: deal.total_units,
    percent_claimed: live ? percentClaimed(deal) : 0,
    per_customer_limit: deal.per_customer_limit,
    starts_at: iso(deal.starts_at),
    ends_at: iso(deal.ends_at),
  }
}
