import { systemClock, type Clock } from "./clock"
import type { GroupLimit } from "./rate-limit-groups"
import type { RateLimitObservation } from "./rate-limit-headers"
import type { BolRedis } from "./redis-connection"
import { LocalReservoir, RedisReservoir, type Reservoir } from "./reservoirs"

/** The answer of a non-blocking slot request. */
export type SlotResult = { ok: true } | { ok: false; retryInMs: number }

/** While the first request of a group is out, others wait this long before asking again. */
const PROBE_RETRY_MS = 50
/** A grant whose request never reported back stops counting as in flight after this. */
const OUTSTANDING_TTL_MS = 60_000

export type GroupBudgetOptions = {
  /** The budget's id (its Redis keys); processes sharing Redis and this id share one budget. */
  id: string
  limit: GroupLimit
  redis?: BolRedis
  onError?: (error: unknown) => void
  /**
   * Time for the in-process budget (default: the real clock). With Redis,
   * the reservoir is credited on Redis's clock.
   */
  clock?: Clock
}

/**
 * The request budget of one (client, endpoint group): a reservoir that
 * mirrors bol's token bucket, in this process or in Redis (see `reservoirs.ts`).
 *
 * - Refill: one request every `windowMs / maxCapacity`, credited for whole
 *   intervals, like bol's continuously refilling bucket. (A reservoir refresh
 *   to full every window is not safe: when its window is not aligned with
 *   bol's, it grants up to twice the capacity within a short span.)
 * - Ceiling `maxCapacity - 1`: credits arrive in whole steps while bol's
 *   bucket fills continuously, so a step can come up to one interval before
 *   bol has the matching request; one request of headroom covers that, so the
 *   number granted in any span never exceeds what bol's bucket allows.
 * - Correction: every answer's `X-RateLimit-Remaining` lowers the reservoir to
 *   what bol says is left, minus the requests still in flight, minus the same
 *   one of headroom. It is only ever lowered, so it absorbs budget spent
 *   elsewhere (another process, another tool) and never overshoots.
 * - Until a group has had an answer with headers (or after a window without
 *   one), one request at a time goes out, so that an unknown bucket is read
 *   before it is spent.
 */
export class GroupBudget {
  private readonly reservoir: Reservoir
  private readonly windowMs: number
  private capacity: number
  private intervalMs: number
  private outstanding: number[] = []
  private lastObservedAt = 0
  private blockedUntil = 0
  private exclusive: Promise<unknown> = Promise.resolve()
  private readonly clock: Clock

  constructor(private readonly options: GroupBudgetOptions) {
    this.clock = options.clock ?? systemClock
    this.windowMs = options.limit.windowMs
    this.capacity = options.limit.maxCapacity
    this.intervalMs = this.windowMs / this.capacity
    this.reservoir = options.redis
      ? new RedisReservoir({
          id: options.id,
          redis: options.redis,
          intervalMs: this.intervalMs,
          ceiling: this.ceiling(),
          minTime: this.minTime(),
          windowMs: this.windowMs,
          clock: this.clock,
          onError: options.onError,
        })
      : new LocalReservoir(this.intervalMs, this.ceiling(), this.minTime(), this.clock)
  }

  get limit(): GroupLimit {
    return { maxCapacity: this.capacity, windowMs: this.windowMs }
  }

  /** Requests granted whose answers have not been reported yet. */
  get inFlight(): number {
    return this.outstanding.length
  }

  /**
   * Takes a slot if one is free now; otherwise says how long until one
   * probably is. Never waits for the budget: in this process it answers at
   * once; with Redis it takes a few round trips, at most a short grace (see
   * `RedisReservoir`) when another process takes the last slot at the same moment.
   */
  tryAcquire(): Promise<SlotResult> {
    return this.serialised(async () => {
      const now = this.clock.now()
      if (now < this.blockedUntil) {
        return { ok: false, retryInMs: this.blockedUntil - now }
      }
      this.forgetStale(now)
      if (!this.calibrated(now) && this.outstanding.length > 0) {
        return { ok: false, retryInMs: PROBE_RETRY_MS }
      }
      const taken = await this.reservoir.take()
      if (taken === "empty") {
        return { ok: false, retryInMs: await this.msUntilFree() }
      }
      if (taken === "contended") {
        return { ok: false, retryInMs: Math.ceil(this.intervalMs) }
      }
      this.outstanding.push(this.clock.now())
      return { ok: true }
    })
  }

  /** Runs `fn` when a slot is free, waiting as long as needed. */
  async schedule<T>(fn: () => Promise<T>): Promise<T> {
    const blockedFor = this.blockedUntil - this.clock.now()
    if (blockedFor > 0) {
      await this.clock.sleep(blockedFor)
    }
    return this.reservoir.schedule(() => {
      this.outstanding.push(this.clock.now())
      return fn()
    })
  }

  /**
   * Reports the answer to a request that held a slot (exactly once per slot,
   * also when there was no answer: pass no status and no headers).
   */
  observe(status: number | undefined, observation: RateLimitObservation, retryAfterMs?: number): Promise<void> {
    return this.serialised(async () => {
      const now = this.clock.now()
      this.outstanding.shift()
      this.forgetStale(now)
      if (observation.limit && observation.limit !== this.capacity) {
        await this.resize(observation.limit)
      }
      if (status === 429) {
        this.blockedUntil = Math.max(this.blockedUntil, now + (retryAfterMs ?? this.intervalMs))
        await this.lowerTo(-1 - this.outstanding.length)
        return
      }
      // A success without headers has nothing to teach: the configured limit stands.
      if (observation.remaining !== undefined || (status !== undefined && status >= 200 && status < 300)) {
        this.lastObservedAt = now
      }
      if (observation.remaining !== undefined) {
        await this.lowerTo(observation.remaining - 1 - this.outstanding.length)
      }
    })
  }

  async close(): Promise<void> {
    await this.reservoir.close()
  }

  private ceiling(): number {
    return this.capacity > 1 ? this.capacity - 1 : 1
  }

  /** A bucket of one cannot spare a request of headroom; spacing requests a full interval apart is exact. */
  private minTime(): number {
    return this.capacity > 1 ? 0 : Math.ceil(this.intervalMs)
  }

  private calibrated(now: number): boolean {
    return this.lastObservedAt > 0 && now - this.lastObservedAt < this.windowMs
  }

  private forgetStale(now: number): void {
    while (this.outstanding.length && now - this.outstanding[0] > OUTSTANDING_TTL_MS) {
      this.outstanding.shift()
    }
  }

  /** Runs reservoir read-modify-writes of this process one after another. */
  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(task, task)
    this.exclusive = run.catch(() => undefined)
    return run
  }

  private async lowerTo(target: number): Promise<void> {
    // current() credits the intervals that are due first, so that the
    // decrement below is not followed by a late credit.
    const current = await this.reservoir.current()
    if (current > target) {
      await this.reservoir.add(target - current)
    }
  }

  private async resize(capacity: number): Promise<void> {
    this.capacity = capacity
    this.intervalMs = this.windowMs / capacity
    const ceiling = this.ceiling()
    await this.reservoir.reconfigure({ intervalMs: this.intervalMs, ceiling, minTime: this.minTime() })
    await this.lowerTo(ceiling)
  }

  /** Time until the reservoir holds a whole request again. */
  private async msUntilFree(): Promise<number> {
    const current = await this.reservoir.current()
    if (current >= 1) {
      return Math.ceil(this.intervalMs) // held back by minTime only
    }
    const missing = 1 - current
    const nextCredit = await this.reservoir.msUntilNextCredit()
    return Math.max(1, Math.ceil(nextCredit + (missing - 1) * this.intervalMs))
  }
}
