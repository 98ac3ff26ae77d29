import { randomUUID } from "crypto"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { BazaarOptions } from "../../options/types"
import { resolveIdempotencyOptions, type ResolvedIdempotencyOptions } from "../../options/idempotency"
import { IdempotencyKey } from "./models/idempotency-key"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** How long a running request holds its key; after that a retry of the same request may take it over. */
export const LEASE_SECONDS = 60
const CLAIM_ATTEMPTS = 3

export type ClaimRequest = {
  /** Who the key belongs to (`customer:cus_…`, `seller:sel_…`, `user:user_…`, `client:<hash>`). */
  scope: string
  key: string
  method: string
  /** The route template, e.g. `/seller/shops/:id/products`. */
  route: string
  fingerprint: string
  now?: Date
}

export type Claim = { id: string; token: string }

export type StoredResponse = { status: number; headers: Record<string, string>; body: string }

export type ClaimOutcome =
  | { outcome: "claimed"; claim: Claim }
  | { outcome: "replay"; response: StoredResponse }
  | { outcome: "mismatch"; method: string; route: string }
  | { outcome: "in_progress"; retryAfterSeconds: number }

type KeyRow = {
  id: string
  method: string
  route: string
  fingerprint: string
  status: "in_progress" | "completed"
  claim_token: string
  locked_until: Date
  expires_at: Date
  response_status: number | null
  response_headers: Record<string, string> | null
  response_body: string | null
}

/**
 * Idempotency keys of Bazaar's and Medusa's write routes, in PostgreSQL so
 * that every server process shares them. A key is claimed atomically (one
 * `INSERT … ON CONFLICT` on the unique (scope, key) index, no lock held while
 * the request runs), then completed with the answer to replay, or released
 * when the answer must not be kept. Times come from the caller (`now`).
 */
export default class IdempotencyModuleService extends MedusaService({ IdempotencyKey }) {
  protected readonly settings_: ResolvedIdempotencyOptions

  constructor(container: Record<string, unknown>, options: BazaarOptions = {}) {
    super(...arguments)
    this.settings_ = resolveIdempotencyOptions(options.idempotency)
  }

  get settings(): Readonly<ResolvedIdempotencyOptions> {
    return this.settings_
  }

  /** Takes the key for this request, or says why not: its stored answer, another request's key, or still running. */
  @InjectManager()
  async claim(request: ClaimRequest, @MedusaContext() context: Context = {}): Promise<ClaimOutcome> {
    const manager = context.manager as SqlManager
    const now = request.now ?? new Date()
    for (let attempt = 1; ; attempt++) {
      const token = randomUUID()
      const [taken] = await manager.execute(
        `INSERT INTO idempotency_key
           (id, scope, "key", method, route, fingerprint, status, claim_token, locked_until, expires_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?, ?, ?)
         ON CONFLICT (scope, "key") WHERE deleted_at IS NULL DO UPDATE SET
           method = EXCLUDED.method, route = EXCLUDED.route, fingerprint = EXCLUDED.fingerprint,
           status = 'in_progress', claim_token = EXCLUDED.claim_token, locked_until = EXCLUDED.locked_until,
           expires_at = EXCLUDED.expires_at, response_status = NULL, response_headers = NULL, response_body = NULL,
           created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
         WHERE idempotency_key.expires_at <= EXCLUDED.created_at
            OR (idempotency_key.status = 'in_progress' AND idempotency_key.locked_until <= EXCLUDED.created_at
                AND idempotency_key.method = EXCLUDED.method AND idempotency_key.route = EXCLUDED.route
                AND idempotency_key.fingerprint = EXCLUDED.fingerprint)
         RETURNING id, claim_token`,
        [
          generateEntityId(undefined, "idem"),
          request.scope,
          request.key,
          request.method,
          request.route,
          request.fingerprint,
          token,
          new Date(now.getTime() + LEASE_SECONDS * 1000),
          new Date(now.getTime() + this.settings_.ttlHours * 3600 * 1000),
          now,
          now,
        ]
      )
      if (taken?.claim_token === token) {
        return { outcome: "claimed", claim: { id: taken.id, token } }
      }
      const [row]: KeyRow[] = await manager.execute(
        `SELECT id, method, route, fingerprint, status, claim_token, locked_until, expires_at,
                response_status, response_headers, response_body
           FROM idempotency_key WHERE scope = ? AND "key" = ? AND deleted_at IS NULL`,
        [request.scope, request.key]
      )
      // released or expired between the two statements: claim again
      if ((!row || new Date(row.expires_at) <= now) && attempt < CLAIM_ATTEMPTS) continue
      if (!row) return { outcome: "in_progress", retryAfterSeconds: 1 }
      if (row.method !== request.method || row.route !== request.route || row.fingerprint !== request.fingerprint) {
        return { outcome: "mismatch", method: row.method, route: row.route }
      }
      if (row.status === "completed" && row.response_status !== null) {
        return {
          outcome: "replay",
          response: { status: row.response_status, headers: row.response_headers ?? {}, body: row.response_body ?? "" },
        }
      }
      const leaseLeft = Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000)
      return { outcome: "in_progress", retryAfterSeconds: Math.max(1, Math.min(leaseLeft, 5)) }
    }
  }

  /** Keeps the answer of a claimed request for its retries. False when the claim was lost (its lease ran out and a retry took it). */
  @InjectManager()
  async complete(claim: Claim, response: StoredResponse, now: Date = new Date(), @MedusaContext() context: Context = {}): Promise<boolean> {
    const manager = context.manager as SqlManager
    const rows = await manager.execute(
      `UPDATE idempotency_key
          SET status = 'completed', response_status = ?, response_headers = ?::jsonb, response_body = ?, locked_until = ?, updated_at = ?
        WHERE id = ? AND claim_token = ? AND status = 'in_progress'
        RETURNING id`,
      [response.status, JSON.stringify(response.headers), response.body, now, now, claim.id, claim.token]
    )
    return rows.length === 1
  }

  /** Frees the key of a claimed request whose answer is not kept (a 5xx, a refused request), so a retry runs afresh. */
  @InjectManager()
  async release(claim: Claim, @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as SqlManager
    await manager.execute(
      `DELETE FROM idempotency_key WHERE id = ? AND claim_token = ? AND status = 'in_progress'`,
      [claim.id, claim.token]
    )
  }

  /** Deletes the keys whose time is up (an expired key is new again anyway); answers how many. */
  @InjectManager()
  async purgeExpired(now: Date = new Date(), @MedusaContext() context: Context = {}): Promise<number> {
    const manager = context.manager as SqlManager
    const rows = await manager.execute(`DELETE FROM idempotency_key WHERE expires_at <= ? RETURNING id`, [now])
    return rows.length
  }
}
