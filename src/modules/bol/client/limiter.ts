import { createHash } from "crypto"
import type { Clock } from "./clock"
import { BolError } from "./errors"
import { GroupBudget, type SlotResult } from "./group-budget"
import { DEFAULT_GROUP_LIMITS, type BolRateLimitGroup, type GroupLimit } from "./rate-limit-groups"
import { readRateLimitHeaders, type HeaderSource } from "./rate-limit-headers"
import type { BolRedis } from "./redis-connection"

export type { SlotResult }

export type BolRateLimiterOptions = {
  /**
   * Whose budget this is. bol counts requests per client id, so accounts that
   * share credentials should share a key (see `budgetKeyFor`).
   */
  budgetKey: string
  /** Per-group limits (default: bol's published ones, `DEFAULT_GROUP_LIMITS`). */
  limits?: Partial<Record<BolRateLimitGroup, GroupLimit>>
  /** With Redis, every process using the same key and prefix shares one budget per group. */
  redis?: BolRedis
  /** Namespace of the Redis keys (default `bazaar:bol`). */
  keyPrefix?: string
  /** Called with Redis and Bottleneck errors (the limiter itself keeps going). */
  onError?: (error: unknown) => void
  /** Time for the in-process budgets (default: the real clock; tests pass a manual one). */
  clock?: Clock
}

/** What the client reports after each request that held a slot. */
export type SlotReport = {
  /** HTTP status; absent when no answer came (network error, timeout). */
  status?: number
  headers?: HeaderSource
  /** The wait the client derived for a 429 (Retry-After, reset or backoff). */
  retryAfterMs?: number
}

/**
 * Client-side rate limiting for one bol budget: a Bottleneck limiter per
 * endpoint group (see `GroupBudget` for how it tracks bol's token buckets).
 *
 * Every request must hold a slot, taken with `tryAcquire` (non-blocking, for
 * queued sync work that reschedules itself) or `schedule` (waits), and its
 * answer must be reported once with `report`. `BolClient` does both.
 */
export class BolRateLimiter {
  private readonly groups = new Map<BolRateLimitGroup, GroupBudget>()
  private closed = false

  constructor(private readonly options: BolRateLimiterOptions) {}

  /** Takes a slot of `group` now, or answers how long to wait before asking again. */
  tryAcquire(group: BolRateLimitGroup): Promise<SlotResult> {
    return this.budget(group).tryAcquire()
  }

  /** Runs `fn` holding a slot of `group`, waiting for one as long as needed. */
  schedule<T>(group: BolRateLimitGroup, fn: () => Promise<T>): Promise<T> {
    return this.budget(group).schedule(fn)
  }

  /** Reports the outcome of a request that held a slot of `group` (once per slot). */
  report(group: BolRateLimitGroup, report: SlotReport): Promise<void> {
    const observation = report.headers ? readRateLimitHeaders(report.headers, this.options.clock?.now()) : {}
    return this.budget(group).observe(report.status, observation, report.retryAfterMs)
  }

  /** The limit in force for `group` (bol's answers may have changed the capacity). */
  limitOf(group: BolRateLimitGroup): GroupLimit {
    return this.budget(group).limit
  }

  /** Requests of `group` that hold a slot and have not been reported yet. */
  inFlight(group: BolRateLimitGroup): number {
    return this.groups.get(group)?.inFlight ?? 0
  }

  /** Stops the timers and leaves Redis (the shared connection stays open). */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all([...this.groups.values()].map((budget) => budget.close()))
    this.groups.clear()
  }

  private budget(group: BolRateLimitGroup): GroupBudget {
    if (this.closed) {
      throw new BolError("BolRateLimiter is closed")
    }
    let budget = this.groups.get(group)
    if (!budget) {
      const limit = this.options.limits?.[group] ?? DEFAULT_GROUP_LIMITS[group]
      if (!limit) {
        throw new BolError(`Unknown bol rate-limit group "${group}"`)
      }
      budget = new GroupBudget({
        id: `${this.options.keyPrefix ?? "bazaar:bol"}:${this.options.budgetKey}:${group}`,
        limit,
        redis: this.options.redis,
        onError: this.options.onError,
        clock: this.options.clock,
      })
      this.groups.set(group, budget)
    }
    return budget
  }
}

/**
 * A budget key for a client id: bol's buckets are per client id, and the id
 * need not appear in Redis key names.
 */
export function budgetKeyFor(clientId: string): string {
  return createHash("sha256").update(clientId).digest("hex").slice(0, 32)
}
