import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { dealTermsProblem, dealState, occurrenceWindow } from "./utils/deal-rules"
import { resolveDealOptions, type DealOptions, type ResolvedDealOptions } from "../../options/deals"
import { DealClock } from "./clock"
import { DealError } from "./errors"
import { Deal, DealClaim, DealRefresh, DealWaitlistEntry } from "./models"
import {
  databaseNow,
  heldUnits,
  HOLDING,
  insertClaim,
  isUniqueViolation,
  lockKey,
  overlappingDeals,
  releaseClaimsWithoutLine,
  giveBack,
  settleDeals,
  takeUnits,
  textArray,
  type Settled,
  type SqlManager,
  type WaitlistOffer,
} from "./repositories/deal-sql"

export type DealDraft = {
  shop_id: string
  product_id: string
  variant_id: string
  title: string
  currency_code: string
  mrp: number
  price: number
  total_units: number
  starts_at: Date
  ends_at: Date
  per_customer_limit?: number
  recurrence?: "daily" | null
  /** A seller's proposal waits for an operator; an operator's deal is approved at once. */
  proposed_by?: string | null
}

export type DealChanges = Partial<
  Pick<DealDraft, "price" | "total_units" | "starts_at" | "ends_at" | "per_customer_limit" | "recurrence">
>

export type ClaimRequest = { deal_id: string; customer_id: string; cart_id: string; quantity: number }

type Ctx = Context

const manager = (context: Ctx) => context.transactionManager as unknown as SqlManager

/**
 * Lightning deals: their units, the claims that hold them, waitlists and the
 * operator's decision on deal orders. Every unit moves in one conditional
 * statement inside the transaction of the row that pays for it; the
 * database's CHECK constraints and unique indexes hold whatever the code does.
 */
export default class DealModuleService extends MedusaService({ Deal, DealClaim, DealWaitlistEntry, DealRefresh }) {
  protected readonly options_: ResolvedDealOptions
  readonly clock = new DealClock()

  constructor(container: Record<string, unknown>, options: { deals?: DealOptions } = {}) {
    super(...arguments)
    this.options_ = resolveDealOptions(options.deals)
  }

  get settings(): Readonly<ResolvedDealOptions> {
    return this.options_
  }

  /** Now on the deals' clock (the database's). */
  @InjectTransactionManager()
  async now(@MedusaContext() context: Ctx = {}): Promise<Date> {
    return databaseNow(manager(context), this.clock.sql)
  }

  /** A new deal: approved when an operator makes it, `proposed` when a seller does. */
  @InjectTransactionManager()
  async createDeal(draft: DealDraft, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    // a workflow's input arrives serialised: dates as strings
    const terms = {
      ...draft,
      starts_at: new Date(draft.starts_at),
      ends_at: new Date(draft.ends_at),
      per_customer_limit: draft.per_customer_limit ?? 1,
    }
    this.assertTerms(terms)
    await lockKey(m, `bazaar-deal-product:${draft.product_id}`)
    await this.assertNoOverlap(m, draft.product_id, terms, null)
    const [deal] = await this.createDeals(
      [
        {
          ...terms,
          recurrence: draft.recurrence ?? null,
          proposed_by: draft.proposed_by ?? null,
          status: draft.proposed_by ? "proposed" : "approved",
          available_units: draft.total_units,
        },
      ],
      context
    )
    return deal
  }

  /** Changes a deal's terms; units never drop below what is already claimed or sold. */
  @InjectTransactionManager()
  async changeDeal(id: string, changes: DealChanges, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const current = await this.dealOrFail(id, context)
    await lockKey(m, `bazaar-deal-product:${current.product_id}`)
    if (current.status !== "approved" && current.status !== "proposed") {
      throw new DealError("deal_invalid", `Deal ${id} is ${current.status} and can no longer be changed`)
    }
    const held = await heldUnits(m, id)
    const terms = {
      price: changes.price ?? Number(current.price),
      mrp: Number(current.mrp),
      total_units: changes.total_units ?? current.total_units,
      starts_at: new Date(changes.starts_at ?? current.starts_at),
      ends_at: new Date(changes.ends_at ?? current.ends_at),
      per_customer_limit: changes.per_customer_limit ?? current.per_customer_limit,
    }
    this.assertTerms(terms, held)
    await this.assertNoOverlap(m, current.product_id, terms, id)
    const [deal] = await this.updateDeals(
      [
        {
          id,
          ...terms,
          recurrence: changes.recurrence === undefined ? current.recurrence : changes.recurrence,
          available_units: terms.total_units - held,
        },
      ],
      context
    )
    return deal
  }

  /** An operator's answer to a seller's proposal. */
  @InjectTransactionManager()
  async decideProposal(id: string, approve: boolean, reason: string | null, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const deal = await this.dealOrFail(id, context)
    if (deal.status !== "proposed") {
      throw new DealError("deal_invalid", `Deal ${id} is ${deal.status}, not a proposal waiting for an answer`)
    }
    if (approve) {
      const now = await databaseNow(m, this.clock.sql)
      if (new Date(deal.ends_at) <= now) {
        throw new DealError("deal_invalid", `Deal ${id} would already have ended at ${new Date(deal.ends_at).toISOString()}`)
      }
    }
    const [updated] = await this.updateDeals(
      [{ id, status: approve ? "approved" : "declined", status_reason: reason }],
      context
    )
    return updated
  }

  /** Ends a deal now: its active claims are released and its waitlist ends (orders already placed stay). */
  @InjectTransactionManager()
  async cancelDeal(id: string, reason: string | null, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const deal = await this.dealOrFail(id, context)
    if (deal.status === "canceled" || deal.status === "ended" || deal.status === "declined") {
      throw new DealError("deal_invalid", `Deal ${id} is already ${deal.status}`)
    }
    await this.updateDeals([{ id, status: "canceled", status_reason: reason }], context)
    const settled = await settleDeals(m, this.clock.sql, this.options_.waitlistOfferMinutes, [id])
    return { deal: await this.retrieveDeal(id, {}, context), settled }
  }

  /**
   * Claims units of a live deal for a customer's cart, held for
   * `claimMinutes`. A unit offered to this customer from the waitlist is
   * theirs first; otherwise the units come from what is left.
   */
  @InjectTransactionManager()
  async claim(request: ClaimRequest, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const now = this.clock.sql
    const settled = await settleDeals(m, now, this.options_.waitlistOfferMinutes, [request.deal_id])
    const [holding] = await m.execute(
      `SELECT id, status FROM bazaar_deal_claim WHERE deal_id = ? AND customer_id = ? AND status IN ${HOLDING} AND deleted_at IS NULL`,
      [request.deal_id, request.customer_id]
    )
    if (holding) {
      throw new DealError(
        "deal_limit_reached",
        `You already have this deal (claim ${holding.id}, ${holding.status}): one claim per customer`
      )
    }
    const offered = await m.execute(
      `UPDATE bazaar_deal_waitlist SET status = 'claimed', updated_at = now()
       WHERE deal_id = ? AND customer_id = ? AND status = 'offered' AND offered_until > ${now} AND deleted_at IS NULL
       RETURNING id`,
      [request.deal_id, request.customer_id]
    )
    const fromPool = request.quantity - (offered.length ? 1 : 0)
    if (fromPool > 0 && !(await takeUnits(m, now, request.deal_id, fromPool))) {
      await this.explainRefusal(m, request)
    }
    let claimId: string
    try {
      claimId = await insertClaim(m, now, request, this.options_.claimMinutes)
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DealError("deal_limit_reached", "You already have this deal: one claim per customer")
      }
      throw error
    }
    return { claim: await this.retrieveDealClaim(claimId, {}, context), settled }
  }

  /** Records the cart line that carries a claim. */
  @InjectTransactionManager()
  async attachLine(claimId: string, lineItemId: string, @MedusaContext() context: Ctx = {}) {
    await this.updateDealClaims([{ id: claimId, line_item_id: lineItemId }], context)
  }

  /** Gives up claims (a line added but the cart change failed, or the buyer left). */
  @InjectTransactionManager()
  async releaseClaims(claimIds: string[], @MedusaContext() context: Ctx = {}): Promise<WaitlistOffer[]> {
    if (!claimIds.length) return []
    const m = manager(context)
    const rows = await m.execute(
      `UPDATE bazaar_deal_claim SET status = 'released', updated_at = now()
       WHERE id = ANY(?::text[]) AND status IN ('active', 'ordering') RETURNING deal_id, quantity`,
      [textArray(claimIds)]
    )
    return giveBack(m, this.clock.sql, rows, this.options_.waitlistOfferMinutes)
  }

  /** Whether the cart holds any active claim (most carts hold none: their changes need no deal work). */
  @InjectTransactionManager()
  async cartHasActiveClaims(cartId: string, @MedusaContext() context: Ctx = {}): Promise<boolean> {
    const rows = await manager(context).execute(
      "SELECT 1 FROM bazaar_deal_claim WHERE cart_id = ? AND status = 'active' AND deleted_at IS NULL LIMIT 1",
      [cartId]
    )
    return rows.length > 0
  }

  /** Releases the cart's claims whose lines were removed (through any route). */
  @InjectTransactionManager()
  async releaseRemovedLines(cartId: string, lineIds: string[], @MedusaContext() context: Ctx = {}) {
    return releaseClaimsWithoutLine(manager(context), this.clock.sql, cartId, lineIds, this.options_.waitlistOfferMinutes)
  }

  /** Brings every deal (or the given ones) up to the clock; see repositories/deal-sql.ts. */
  @InjectTransactionManager()
  async settle(dealIds?: string[], @MedusaContext() context: Ctx = {}): Promise<Settled> {
    return settleDeals(manager(context), this.clock.sql, this.options_.waitlistOfferMinutes, dealIds)
  }

  /**
   * Checkout of a cart with deal lines: each line's claim must be the
   * customer's, still held and its deal live (on the database's clock). The
   * claims turn `ordering`, which no sweep touches, until the order exists.
   */
  @InjectTransactionManager()
  async beginOrdering(
    cart: { id: string; customer_id: string | null; lines: { id: string; claim_id: string; quantity: number }[] },
    @MedusaContext() context: Ctx = {}
  ): Promise<string[]> {
    if (!cart.lines.length) return []
    const m = manager(context)
    const now = this.clock.sql
    const claims = await m.execute(
      `SELECT c.id, c.deal_id, c.customer_id, c.cart_id, c.quantity, c.status,
              c.expires_at > ${now} AS held, d.status = 'approved' AND d.ends_at > ${now} AS deal_live, d.title
       FROM bazaar_deal_claim c JOIN bazaar_deal d ON d.id = c.deal_id
       WHERE c.id = ANY(?::text[]) FOR UPDATE OF c`,
      [textArray(cart.lines.map((line) => line.claim_id))]
    )
    const byId = new Map(claims.map((claim: any) => [claim.id, claim]))
    for (const line of cart.lines) {
      const claim: any = byId.get(line.claim_id)
      const what = claim ? `the deal "${claim.title}"` : "a deal"
      // a cart already placed (Medusa answers its order again): nothing to check
      if (claim && claim.cart_id === cart.id && ["ordered", "approved", "rejected"].includes(claim.status)) continue
      if (!claim || claim.cart_id !== cart.id || !["active", "ordering"].includes(claim.status)) {
        throw new DealError("deal_claim_expired", `Line ${line.id} holds ${what} that this cart no longer claims; remove the line`)
      }
      if (!claim.deal_live) {
        throw new DealError("deal_not_live", `The deal "${claim.title}" has ended; remove line ${line.id} to check out`)
      }
      if (claim.status === "active" && !claim.held) {
        throw new DealError("deal_claim_expired", `Your claim on the deal "${claim.title}" expired; remove line ${line.id} and claim it again`)
      }
      if (cart.customer_id && claim.customer_id !== cart.customer_id) {
        throw new DealError("deal_claim_expired", `The deal on line ${line.id} was claimed by another customer`)
      }
      if (line.quantity > claim.quantity) {
        throw new DealError("deal_limit_reached", `Line ${line.id} has ${line.quantity} units of a deal claimed for ${claim.quantity}`)
      }
    }
    const started = await m.execute(
      `UPDATE bazaar_deal_claim SET status = 'ordering', updated_at = now()
       WHERE id = ANY(?::text[]) AND status = 'active' RETURNING id`,
      [textArray(cart.lines.map((line) => line.claim_id))]
    )
    return started.map((row: any) => row.id)
  }

  /** Undoes `beginOrdering` when the cart's completion failed (a declined card): the claims hold again. */
  @InjectTransactionManager()
  async abortOrdering(claimIds: string[], @MedusaContext() context: Ctx = {}) {
    if (!claimIds.length) return
    await manager(context).execute(
      `UPDATE bazaar_deal_claim SET status = 'active', updated_at = now() WHERE id = ANY(?::text[]) AND status = 'ordering'`,
      [textArray(claimIds)]
    )
  }

  /** The cart became an order: its ordering claims wait for the operator's approval. */
  @InjectTransactionManager()
  async recordOrder(cartId: string, orderId: string, @MedusaContext() context: Ctx = {}) {
    return manager(context).execute(
      `UPDATE bazaar_deal_claim SET status = 'ordered', order_id = ?, updated_at = now()
       WHERE cart_id = ? AND status IN ('ordering', 'active') AND deleted_at IS NULL RETURNING id, deal_id`,
      [orderId, cartId]
    )
  }

  /**
   * An operator's decision on a deal order. A rejection gives the units back
   * (to the waitlist first while the deal is live); an order placed before
   * the deal ended is approved whenever the operator decides.
   */
  @InjectTransactionManager()
  async decideOrder(
    orderId: string,
    decision: { approve: boolean; reason: string | null; by: string | null },
    @MedusaContext() context: Ctx = {}
  ): Promise<{ claims: any[]; offers: WaitlistOffer[] }> {
    const m = manager(context)
    const claims = await m.execute(
      `SELECT id, deal_id, quantity, status FROM bazaar_deal_claim WHERE order_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [orderId]
    )
    if (!claims.length) throw new DealError("deal_order_not_found", `Order ${orderId} is not a deal order`)
    const open = claims.filter((claim: any) => claim.status === "ordered")
    if (!open.length) {
      throw new DealError("deal_order_decided", `Deal order ${orderId} is already ${claims[0].status}`)
    }
    await m.execute(
      `UPDATE bazaar_deal_claim SET status = ?, decided_at = ${this.clock.sql}, decided_by = ?, decision_reason = ?, updated_at = now()
       WHERE id = ANY(?::text[])`,
      [decision.approve ? "approved" : "rejected", decision.by, decision.reason, textArray(open.map((c: any) => c.id))]
    )
    const offers = decision.approve ? [] : await giveBack(m, this.clock.sql, open, this.options_.waitlistOfferMinutes)
    return { claims: await this.listDealClaims({ order_id: orderId }, {}, context), offers }
  }

  /**
   * The deal claims of an order that waits for an operator: found by the
   * order, or by its cart while the order is being recorded.
   */
  @InjectTransactionManager()
  async claimsAwaitingApproval(orderId: string, cartId: string | null, @MedusaContext() context: Ctx = {}) {
    return manager(context).execute(
      `SELECT id, deal_id, status, created_at FROM bazaar_deal_claim
       WHERE deleted_at IS NULL AND (
         (order_id = ? AND status = 'ordered') OR (cart_id = ? AND status IN ('ordering', 'ordered')))`,
      [orderId, cartId ?? ""]
    )
  }

  /** Orders waiting for approval since before `hours` ago on the deals' clock (to be rejected automatically). */
  @InjectTransactionManager()
  async overdueDealOrders(hours: number, @MedusaContext() context: Ctx = {}): Promise<string[]> {
    const rows = await manager(context).execute(
      `SELECT DISTINCT order_id FROM bazaar_deal_claim
       WHERE status = 'ordered' AND deleted_at IS NULL AND order_id IS NOT NULL
         AND updated_at <= ${this.clock.sql} - interval '1 hour' * ?`,
      [hours]
    )
    return rows.map((row: any) => row.order_id)
  }

  /** Claims stuck `ordering` since before `minutes` ago: their cart's completion ended without a word. */
  @InjectTransactionManager()
  async staleOrderingClaims(minutes: number, @MedusaContext() context: Ctx = {}) {
    return manager(context).execute(
      `SELECT id, cart_id FROM bazaar_deal_claim
       WHERE status = 'ordering' AND deleted_at IS NULL AND updated_at <= ${this.clock.sql} - interval '1 minute' * ?`,
      [minutes]
    )
  }

  /** Joins a sold-out live deal's waitlist (once per customer); the answer says the place in line. */
  @InjectTransactionManager()
  async joinWaitlist(dealId: string, customerId: string, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const now = this.clock.sql
    await settleDeals(m, now, this.options_.waitlistOfferMinutes, [dealId])
    const [deal] = await m.execute(
      `SELECT id, status, available_units, starts_at <= ${now} AND ${now} < ends_at AS in_window FROM bazaar_deal
       WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [dealId]
    )
    if (!deal) throw new DealError("deal_not_found", `No deal ${dealId}`)
    if (deal.status !== "approved" || !deal.in_window) {
      throw new DealError("deal_not_live", `Deal ${dealId} is not live, so it has no waitlist`)
    }
    const [holding] = await m.execute(
      `SELECT id FROM bazaar_deal_claim WHERE deal_id = ? AND customer_id = ? AND status IN ${HOLDING} AND deleted_at IS NULL`,
      [dealId, customerId]
    )
    if (holding) throw new DealError("deal_limit_reached", `You already have this deal (claim ${holding.id})`)
    if (deal.available_units > 0) {
      throw new DealError("deal_units_left", `${deal.available_units} units of this deal are still available: claim one instead`)
    }
    await m.execute(
      `INSERT INTO bazaar_deal_waitlist (id, deal_id, customer_id, status) VALUES (?, ?, ?, 'waiting')
       ON CONFLICT (deal_id, customer_id) WHERE status IN ('waiting', 'offered') AND deleted_at IS NULL DO NOTHING`,
      [this.newWaitlistId(), dealId, customerId]
    )
    return this.waitlistEntry(m, dealId, customerId)
  }

  /** The customer's latest waitlist entry of the deal, with the place in line while waiting. */
  @InjectTransactionManager()
  async waitlistEntryOf(dealId: string, customerId: string, @MedusaContext() context: Ctx = {}) {
    return this.waitlistEntry(manager(context), dealId, customerId)
  }

  /**
   * The daily refresh of a UTC date, once: deals past their end end and
   * release their claims, and each daily deal gets its occurrence of the
   * date (skipped when it would overlap another deal of the product).
   */
  @InjectTransactionManager()
  async refreshDaily(date: string, @MedusaContext() context: Ctx = {}) {
    const m = manager(context)
    const [claimed] = await m.execute(
      `INSERT INTO bazaar_deal_refresh (id, date, ended_deals, started_occurrences) VALUES (?, ?, 0, 0)
       ON CONFLICT (date) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [this.newRefreshId(), date]
    )
    if (!claimed) return { ran: false as const, date }
    const settled = await settleDeals(m, this.clock.sql, this.options_.waitlistOfferMinutes)
    const templates = await this.listDeals({ recurrence: "daily", status: ["approved", "ended"] }, {}, context)
    const started: string[] = []
    for (const template of templates) {
      const window = occurrenceWindow(
        { starts_at: new Date(template.starts_at), ends_at: new Date(template.ends_at) },
        date
      )
      if (window.starts_at <= new Date(template.starts_at)) continue
      await lockKey(m, `bazaar-deal-product:${template.product_id}`)
      if ((await overlappingDeals(m, template.product_id, window, null)).length) continue
      const [row] = await m.execute(
        `INSERT INTO bazaar_deal (id, shop_id, product_id, variant_id, title, currency_code, mrp, raw_mrp, price, raw_price,
           total_units, available_units, starts_at, ends_at, status, per_customer_limit, occurrence_of)
         SELECT ?, shop_id, product_id, variant_id, title, currency_code, mrp, raw_mrp, price, raw_price,
           total_units, total_units, ?, ?, 'approved', per_customer_limit, id
         FROM bazaar_deal WHERE id = ?
         ON CONFLICT (occurrence_of, starts_at) WHERE occurrence_of IS NOT NULL AND deleted_at IS NULL DO NOTHING
         RETURNING id`,
        [this.newDealId(), window.starts_at, window.ends_at, template.id]
      )
      if (row) started.push(row.id)
    }
    await m.execute(`UPDATE bazaar_deal_refresh SET ended_deals = ?, started_occurrences = ? WHERE id = ?`, [
      settled.ended_deals.length,
      started.length,
      claimed.id,
    ])
    return { ran: true as const, date, settled, started_occurrences: started }
  }

  private async waitlistEntry(m: SqlManager, dealId: string, customerId: string) {
    const [entry] = await m.execute(
      `SELECT w.id, w.deal_id, w.status, w.offered_until, w.created_at,
         (SELECT count(*) FROM bazaar_deal_waitlist o WHERE o.deal_id = w.deal_id AND o.status = 'waiting'
            AND o.deleted_at IS NULL AND (o.created_at, o.id) <= (w.created_at, w.id))::int AS position
       FROM bazaar_deal_waitlist w WHERE w.deal_id = ? AND w.customer_id = ? AND w.deleted_at IS NULL
       ORDER BY w.created_at DESC LIMIT 1`,
      [dealId, customerId]
    )
    if (!entry) return null
    return { ...entry, position: entry.status === "waiting" ? entry.position : null }
  }

  private async explainRefusal(m: SqlManager, request: ClaimRequest): Promise<never> {
    const now = this.clock.sql
    const [deal] = await m.execute(
      `SELECT id, title, status, starts_at, ends_at, available_units, per_customer_limit, ${now} AS now
       FROM bazaar_deal WHERE id = ? AND deleted_at IS NULL`,
      [request.deal_id]
    )
    if (!deal) throw new DealError("deal_not_found", `No deal ${request.deal_id}`)
    const state = dealState(deal, new Date(deal.now))
    if (state === "scheduled") {
      throw new DealError("deal_not_live", `The deal "${deal.title}" starts at ${new Date(deal.starts_at).toISOString()}`)
    }
    if (state !== "live") throw new DealError("deal_not_live", `The deal "${deal.title}" is ${state}`)
    if (request.quantity > deal.per_customer_limit) {
      throw new DealError(
        "deal_limit_reached",
        `The deal "${deal.title}" allows ${deal.per_customer_limit} per customer (asked for ${request.quantity})`
      )
    }
    throw new DealError(
      "deal_sold_out",
      deal.available_units > 0
        ? `Only ${deal.available_units} units of the deal "${deal.title}" are left (asked for ${request.quantity})`
        : `Every unit of the deal "${deal.title}" is claimed; join the waitlist to get the next released unit`
    )
  }

  private assertTerms(terms: Parameters<typeof dealTermsProblem>[0], held = 0) {
    const problem = dealTermsProblem(terms, held)
    if (problem) throw new DealError("deal_invalid", problem)
  }

  private async assertNoOverlap(
    m: SqlManager,
    productId: string,
    window: { starts_at: Date; ends_at: Date },
    exceptId: string | null
  ) {
    const [other] = await overlappingDeals(m, productId, window, exceptId)
    if (other) {
      throw new DealError(
        "deal_invalid",
        `Deal ${other.id} of the same product runs from ${new Date(other.starts_at).toISOString()} to ${new Date(other.ends_at).toISOString()}; deals of one product may not overlap`
      )
    }
  }

  private async dealOrFail(id: string, context: Ctx) {
    const [deal] = await this.listDeals({ id }, {}, context)
    if (!deal) throw new DealError("deal_not_found", `No deal ${id}`)
    return deal
  }

  private newWaitlistId = () => generateEntityId(undefined, "dwait")
  private newRefreshId = () => generateEntityId(undefined, "drefresh")
  private newDealId = () => generateEntityId(undefined, "deal")
}
