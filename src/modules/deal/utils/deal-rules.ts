/** The longest a deal may run, in hours (Amazon's lightning deals run 4 to 12). */
export const MAX_DEAL_HOURS = 12

export type DealTerms = {
  price: number
  mrp: number
  total_units: number
  starts_at: Date
  ends_at: Date
  per_customer_limit: number
}

/**
 * What is wrong with a deal's terms, in words a seller or operator can act
 * on, or null when they are sound. `held` is what is already claimed or sold.
 */
export function dealTermsProblem(terms: DealTerms, held = 0): string | null {
  const { price, mrp, total_units, starts_at, ends_at, per_customer_limit } = terms
  if (Number.isNaN(starts_at.getTime()) || Number.isNaN(ends_at.getTime())) {
    return "starts_at and ends_at must be ISO 8601 date-times"
  }
  if (ends_at <= starts_at) {
    return `ends_at (${ends_at.toISOString()}) must be after starts_at (${starts_at.toISOString()})`
  }
  const hours = (ends_at.getTime() - starts_at.getTime()) / 3_600_000
  if (hours > MAX_DEAL_HOURS) {
    return `A deal lasts at most ${MAX_DEAL_HOURS} hours (got ${Number(hours.toFixed(2))} hours from ${starts_at.toISOString()} to ${ends_at.toISOString()})`
  }
  if (!(price > 0)) return `The deal price must be above 0 (got ${price})`
  if (price > mrp) return `The deal price (${price}) may not be above the product's MRP (${mrp})`
  if (!Number.isInteger(total_units) || total_units < 1) {
    return `total_units must be a whole number of at least 1 (got ${total_units})`
  }
  if (total_units < held) {
    return `total_units cannot drop below the ${held} units already claimed or sold (got ${total_units})`
  }
  if (!Number.isInteger(per_customer_limit) || per_customer_limit < 1 || per_customer_limit > total_units) {
    return `per_customer_limit must be a whole number from 1 to total_units (${total_units}) (got ${per_customer_limit})`
  }
  return null
}

export type DealState = "proposed" | "declined" | "canceled" | "scheduled" | "live" | "ended"

/** What a deal is at `now`: the window is half-open, `[starts_at, ends_at)`, as Medusa's promotions. */
export function dealState(
  deal: { status: string; starts_at: Date | string; ends_at: Date | string },
  now: Date
): DealState {
  if (deal.status === "proposed" || deal.status === "declined" || deal.status === "canceled") return deal.status
  if (deal.status === "ended" || new Date(deal.ends_at) <= now) return "ended"
  return new Date(deal.starts_at) <= now ? "live" : "scheduled"
}

/** The share of a deal's units in carts, held for the waitlist or sold, as a whole percentage (Amazon's "% claimed"). */
export function percentClaimed(deal: { total_units: number; available_units: number }): number {
  if (deal.total_units <= 0) return 0
  return Math.floor(((deal.total_units - deal.available_units) / deal.total_units) * 100)
}

/** The UTC calendar date of `at`, `YYYY-MM-DD`, whatever the server's time zone. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10)
}

/** A daily deal's occurrence on `date` (UTC): same time of day, same length. */
export function occurrenceWindow(
  deal: { starts_at: Date; ends_at: Date },
  date: string
): { starts_at: Date; ends_at: Date } {
  const start = new Date(deal.starts_at)
  const [year, month, day] = date.split("-").map(Number)
  const starts_at = new Date(
    Date.UTC(year, month - 1, day, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds())
  )
  const length = new Date(deal.ends_at).getTime() - start.getTime()
  return { starts_at, ends_at: new Date(starts_at.getTime() + length) }
}
