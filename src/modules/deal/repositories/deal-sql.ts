import { generateEntityId } from "@medusajs/framework/utils"

export type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** Claim states that hold units of a deal (and make the one-per-customer rule bite). */
export const HOLDING = "('active', 'ordering', 'ordered', 'approved')"

/** A text[] parameter (knex would expand a JS array into a list of parameters). */
export const textArray = (values: string[]) => `{${values.map((value) => JSON.stringify(value)).join(",")}}`

export type WaitlistOffer = { id: string; deal_id: string; customer_id: string; offered_until: Date }

/** Serialises writers of one key until the transaction ends, across every process. */
export async function lockKey(m: SqlManager, key: string): Promise<void> {
  await m.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [key])
}

export async function databaseNow(m: SqlManager, now: string): Promise<Date> {
  const [row] = await m.execute(`SELECT ${now} AS now`)
  return new Date(row.now)
}

/**
 * Takes `quantity` units of a live deal in one conditional statement, the
 * arbiter between concurrent buyers: no row comes back when the deal is not
 * live, the quantity is above the per-customer limit, or too few are left.
 */
export async function takeUnits(m: SqlManager, now: string, dealId: string, quantity: number): Promise<boolean> {
  const rows = await m.execute(
    `UPDATE bazaar_deal SET available_units = available_units - ?, updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND status = 'approved'
       AND starts_at <= ${now} AND ${now} < ends_at
       AND available_units >= ? AND per_customer_limit >= ?
     RETURNING id`,
    [quantity, dealId, quantity, quantity]
  )
  return rows.length === 1
}

/**
 * Gives units back: while the deal is live, each goes first to the oldest
 * waiting customer (held for them until the offer ends), the rest to the deal.
 */
export async function returnUnits(
  m: SqlManager,
  now: string,
  dealId: string,
  quantity: number,
  offerMinutes: number
): Promise<WaitlistOffer[]> {
  if (quantity <= 0) return []
  const offers: WaitlistOffer[] = await m.execute(
    `UPDATE bazaar_deal_waitlist SET status = 'offered', offered_until = ${now} + interval '1 minute' * ?, updated_at = now()
     WHERE id IN (
       SELECT w.id FROM bazaar_deal_waitlist w
       JOIN bazaar_deal d ON d.id = w.deal_id AND d.status = 'approved' AND d.ends_at > ${now}
       WHERE w.deal_id = ? AND w.status = 'waiting' AND w.deleted_at IS NULL
       ORDER BY w.created_at, w.id LIMIT ? FOR UPDATE OF w SKIP LOCKED)
     RETURNING id, deal_id, customer_id, offered_until`,
    [offerMinutes, dealId, quantity]
  )
  const rest = quantity - offers.length
  if (rest > 0) {
    await m.execute(
      "UPDATE bazaar_deal SET available_units = available_units + ?, updated_at = now() WHERE id = ?",
      [rest, dealId]
    )
  }
  return offers
}

type Returned = { deal_id: string; quantity: number }

/** Returns the units of `rows` (claims or offers given up), one deal at a time in id order (so two callers lock deals in the same order). */
export async function giveBack(m: SqlManager, now: string, rows: Returned[], offerMinutes: number): Promise<WaitlistOffer[]> {
  const perDeal = new Map<string, number>()
  for (const row of rows) perDeal.set(row.deal_id, (perDeal.get(row.deal_id) ?? 0) + Number(row.quantity))
  const offers: WaitlistOffer[] = []
  for (const [dealId, quantity] of [...perDeal].sort(([a], [b]) => a.localeCompare(b))) {
    offers.push(...(await returnUnits(m, now, dealId, quantity, offerMinutes)))
  }
  return offers
}

export type Settled = {
  ended_deals: string[]
  expired_claims: { id: string; deal_id: string; cart_id: string; line_item_id: string | null }[]
  offers: WaitlistOffer[]
}

/**
 * Brings deals up to the clock: deals past their end end (their waitlists
 * with them), active claims past their hold expire, waitlist offers past
 * their time pass on; the units go back or to the next in line. `dealIds`
 * limits it to those deals (the lazy check on a claim); none means all.
 */
export async function settleDeals(
  m: SqlManager,
  now: string,
  offerMinutes: number,
  dealIds?: string[]
): Promise<Settled> {
  const only = dealIds ? "AND deal_id = ANY(?::text[])" : ""
  const params = dealIds ? [textArray(dealIds)] : []
  const ended: { id: string }[] = await m.execute(
    `UPDATE bazaar_deal SET status = 'ended', updated_at = now()
     WHERE status = 'approved' AND ends_at <= ${now} AND deleted_at IS NULL ${dealIds ? "AND id = ANY(?::text[])" : ""}
     RETURNING id`,
    params
  )
  await m.execute(
    `UPDATE bazaar_deal_waitlist SET status = 'ended', updated_at = now()
     WHERE status IN ('waiting', 'offered') AND deleted_at IS NULL
       AND deal_id IN (SELECT id FROM bazaar_deal WHERE status <> 'approved' OR ends_at <= ${now}) ${only}`,
    params
  )
  const expiredClaims = await m.execute(
    `UPDATE bazaar_deal_claim SET status = 'expired', updated_at = now()
     WHERE status = 'active' AND deleted_at IS NULL ${only}
       AND (expires_at <= ${now} OR deal_id IN (SELECT id FROM bazaar_deal WHERE status <> 'approved' OR ends_at <= ${now}))
     RETURNING id, deal_id, cart_id, line_item_id, quantity`,
    params
  )
  const expiredOffers = await m.execute(
    `UPDATE bazaar_deal_waitlist SET status = 'expired', updated_at = now()
     WHERE status = 'offered' AND offered_until <= ${now} AND deleted_at IS NULL ${only}
     RETURNING deal_id, 1 AS quantity`,
    params
  )
  const offers = await giveBack(m, now, [...expiredClaims, ...expiredOffers], offerMinutes)
  return {
    ended_deals: ended.map((row) => row.id),
    expired_claims: expiredClaims.map(({ quantity: _q, ...claim }: any) => claim),
    offers,
  }
}

/** Releases a cart's active claims whose line is no longer in the cart; the units go back. */
export async function releaseClaimsWithoutLine(
  m: SqlManager,
  now: string,
  cartId: string,
  lineIds: string[],
  offerMinutes: number
): Promise<{ released: string[]; offers: WaitlistOffer[] }> {
  const released = await m.execute(
    `UPDATE bazaar_deal_claim SET status = 'released', updated_at = now()
     WHERE cart_id = ? AND status = 'active' AND deleted_at IS NULL
       AND line_item_id IS NOT NULL AND NOT (line_item_id = ANY(?::text[]))
     RETURNING id, deal_id, quantity`,
    [cartId, textArray(lineIds)]
  )
  const offers = await giveBack(m, now, released, offerMinutes)
  return { released: released.map((row: any) => row.id), offers }
}

export async function insertClaim(
  m: SqlManager,
  now: string,
  claim: { deal_id: string; customer_id: string; cart_id: string; quantity: number },
  holdMinutes: number
): Promise<string> {
  const id = generateEntityId(undefined, "dclaim")
  await m.execute(
    `INSERT INTO bazaar_deal_claim (id, deal_id, customer_id, cart_id, quantity, expires_at, status)
     VALUES (?, ?, ?, ?, ?, ${now} + interval '1 minute' * ?, 'active')`,
    [id, claim.deal_id, claim.customer_id, claim.cart_id, claim.quantity, holdMinutes]
  )
  return id
}

/** Deals of the product, other than `exceptId`, proposed or approved and overlapping the window. */
export async function overlappingDeals(
  m: SqlManager,
  productId: string,
  window: { starts_at: Date; ends_at: Date },
  exceptId: string | null
): Promise<{ id: string; starts_at: Date; ends_at: Date }[]> {
  return m.execute(
    `SELECT id, starts_at, ends_at FROM bazaar_deal
     WHERE product_id = ? AND id <> ? AND status IN ('proposed', 'approved') AND deleted_at IS NULL
       AND starts_at < ? AND ends_at > ?
     ORDER BY starts_at LIMIT 1`,
    [productId, exceptId ?? "", window.ends_at, window.starts_at]
  )
}

/** Units of the deal held by claims and waitlist offers (what `total_units` may not drop below). */
export async function heldUnits(m: SqlManager, dealId: string): Promise<number> {
  const [row] = await m.execute(
    `SELECT total_units - available_units AS held FROM bazaar_deal WHERE id = ? FOR UPDATE`,
    [dealId]
  )
  return row ? Number(row.held) : 0
}

export const isUniqueViolation = (error: unknown) =>
  Boolean(error && typeof error === "object" && ((error as any).code === "23505" || /duplicate key|unique constraint/i.test(String((error as any).message))))
