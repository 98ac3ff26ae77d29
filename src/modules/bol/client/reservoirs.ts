import Bottleneck from "bottleneck"
import type { Clock } from "./clock"
import { BolError } from "./errors"
import type { BolRedis } from "./redis-connection"

/** How a slot request went: taken; refused because the reservoir is empty; or lost to another process at the same moment. */
export type TakeResult = "taken" | "empty" | "contended"

/**
 * Where the requests of one (client, endpoint group) budget are counted:
 * `LocalReservoir` in this process, `RedisReservoir` in Redis, shared by every
 * process. Either credits one request every `intervalMs`, for whole intervals
 * counted from a fixed anchor, up to `ceiling`. `GroupBudget` holds the rules
 * on top (headroom, header corrections, 429 blocks).
 */
export interface Reservoir {
  /** Takes one request if the reservoir holds one now (and `minTime` since the last one has passed). */
  take(): Promise<TakeResult>
  /** The requests in the reservoir now, the credits that are due included (may be negative). */
  current(): Promise<number>
  /** Adds requests, or takes them away (negative). */
  add(amount: number): Promise<void>
  /** Milliseconds until the next credit. */
  msUntilNextCredit(): Promise<number>
  /** Runs `fn` holding a request, waiting for one as long as needed (first come, first served). */
  schedule<T>(fn: () => Promise<T>): Promise<T>
  reconfigure(settings: { intervalMs: number; ceiling: number; minTime: number }): Promise<void>
  /** Stops; callers still waiting in `schedule` are refused. */
  close(): Promise<void>
}

/**
 * The reservoir of one process: plain numbers, with no timer running while no
 * one waits. Credits are computed when asked for (whole intervals since the
 * anchor), like Bottleneck's Redis script does, instead of by a timer.
 *
 * (It replaced an in-process Bottleneck limiter, whose every call goes through
 * its job queue, events and a `setTimeout(0)` yield: about 100 KB of garbage
 * and several event-loop turns per request, a large share of the sync's memory
 * churn and of the time a slot took under load.)
 */
export class LocalReservoir implements Reservoir {
  private reservoir: number
  private anchor: number
  private nextAllowedAt = 0
  private line: Promise<unknown> = Promise.resolve()
  private readonly sleeping = new Set<{ cancel: () => void; refuse: (error: Error) => void }>()
  private closed = false

  constructor(
    private intervalMs: number,
    private ceiling: number,
    private minTime: number,
    private readonly clock: Clock
  ) {
    this.reservoir = ceiling
    this.anchor = clock.now()
  }

  async take(): Promise<TakeResult> {
    return this.takeNow() ? "taken" : "empty"
  }

  async current(): Promise<number> {
    this.settle()
    return this.reservoir
  }

  async add(amount: number): Promise<void> {
    this.settle()
    this.reservoir += amount
  }

  async msUntilNextCredit(): Promise<number> {
    return Math.max(0, this.anchor + this.intervalMs - this.clock.now())
  }

  schedule<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.line.then(() => this.waitForSlot())
    this.line = turn.catch(() => undefined)
    return turn.then(fn)
  }

  async reconfigure(settings: { intervalMs: number; ceiling: number; minTime: number }): Promise<void> {
    this.settle()
    this.intervalMs = settings.intervalMs
    this.ceiling = settings.ceiling
    this.minTime = settings.minTime
  }

  async close(): Promise<void> {
    this.closed = true
    for (const sleeper of this.sleeping) {
      sleeper.cancel()
      sleeper.refuse(new BolError("The bol rate limiter was closed"))
    }
    this.sleeping.clear()
  }

  /** Credits the whole intervals passed since the anchor, up to the ceiling. */
  private settle(): void {
    const due = Math.floor((this.clock.now() - this.anchor) / this.intervalMs)
    if (due <= 0) {
      return
    }
    this.anchor += due * this.intervalMs
    if (this.reservoir < this.ceiling) {
      this.reservoir = Math.min(this.ceiling, this.reservoir + due)
    }
  }

  private takeNow(): boolean {
    this.settle()
    const now = this.clock.now()
    if (this.reservoir < 1 || now < this.nextAllowedAt) {
      return false
    }
    this.reservoir -= 1
    this.nextAllowedAt = now + this.minTime
    return true
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      if (this.closed) {
        throw new BolError("The bol rate limiter was closed")
      }
      if (this.takeNow()) {
        return
      }
      await this.sleep(this.msUntilSlot())
    }
  }

  private msUntilSlot(): number {
    const now = this.clock.now()
    if (this.reservoir >= 1) {
      return Math.max(1, this.nextAllowedAt - now)
    }
    const missing = 1 - this.reservoir
    return Math.max(1, Math.ceil(this.anchor + this.intervalMs - now + (missing - 1) * this.intervalMs))
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const sleeper = { cancel: () => undefined as void, refuse: reject }
      sleeper.cancel = this.clock.setTimer(
        () => {
          this.sleeping.delete(sleeper)
          resolve()
        },
        ms,
        { unref: true }
      )
      this.sleeping.add(sleeper)
    })
  }
}

/** How long a granted-looking slot may take to come through before it is handed back. */
const GRANT_GRACE_MS = 200

/**
 * The reservoir in Redis: a clustered Bottleneck limiter, whose Lua scripts
 * credit whole intervals on Redis's clock (`reservoirIncreaseInterval`), so
 * that every process with the same id takes from one reservoir.
 */
export class RedisReservoir implements Reservoir {
  private readonly limiter: Bottleneck

  constructor(
    private readonly options: {
      id: string
      redis: BolRedis
      intervalMs: number
      ceiling: number
      minTime: number
      windowMs: number
      clock: Clock
      onError?: (error: unknown) => void
    }
  ) {
    this.limiter = new Bottleneck({
      id: options.id,
      reservoir: options.ceiling,
      minTime: options.minTime,
      connection: options.redis.bottleneck,
      clearDatastore: false,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseInterval: options.intervalMs,
      reservoirIncreaseMaximum: options.ceiling,
      heartbeatInterval: Math.min(1000, Math.max(50, options.intervalMs)),
      // Idle state expires; by then bol's bucket is full again too.
      timeout: Math.max(2 * options.windowMs, 60_000),
    })
    this.limiter.on("error", (error) => options.onError?.(error))
  }

  async take(): Promise<TakeResult> {
    if (!(await this.limiter.check())) {
      return "empty"
    }
    return (await this.takeSlot()) ? "taken" : "contended"
  }

  async current(): Promise<number> {
    // In Redis, currentReservoir() also credits the intervals that are due.
    return (await this.limiter.currentReservoir()) ?? 0
  }

  async add(amount: number): Promise<void> {
    await this.limiter.incrementReservoir(amount)
  }

  /**
   * Bottleneck keeps the time of the last credit in its settings hash; the
   * next one follows an interval later. Falls back to a full interval.
   */
  async msUntilNextCredit(): Promise<number> {
    const last = Number(await this.options.redis.redis.hget(`b_${this.options.id}_settings`, "lastReservoirIncrease"))
    if (!Number.isFinite(last) || last <= 0) {
      return this.options.intervalMs
    }
    return Math.min(this.options.intervalMs, Math.max(0, last + this.options.intervalMs - this.options.clock.now()))
  }

  schedule<T>(fn: () => Promise<T>): Promise<T> {
    return this.limiter.schedule(fn)
  }

  async reconfigure(settings: { intervalMs: number; ceiling: number; minTime: number }): Promise<void> {
    this.options.intervalMs = settings.intervalMs
    this.options.ceiling = settings.ceiling
    await this.limiter.updateSettings({
      minTime: settings.minTime,
      reservoirIncreaseInterval: settings.intervalMs,
      reservoirIncreaseMaximum: settings.ceiling,
    })
  }

  async close(): Promise<void> {
    await this.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)
    await this.limiter.disconnect(false)
  }

  /**
   * Registers a no-op job: Bottleneck checks and takes the reservoir in one
   * step (one Lua script in Redis). If another process took the last slot
   * between `check()` and here, the job would queue: after a short grace it
   * is given up, and if it runs later anyway its slot is handed back.
   */
  private takeSlot(): Promise<boolean> {
    return new Promise((resolve) => {
      let settled = false
      const cancelGrace = this.options.clock.setTimer(() => {
        settled = true
        resolve(false)
      }, GRANT_GRACE_MS)
      this.limiter
        .schedule({ priority: 0 }, async () => {
          if (settled) {
            await this.handBack()
            return
          }
          settled = true
          cancelGrace()
          resolve(true)
        })
        .catch((error) => {
          this.options.onError?.(error)
          if (!settled) {
            settled = true
            cancelGrace()
            resolve(false)
          }
        })
    })
  }

  private async handBack(): Promise<void> {
    const current = (await this.limiter.currentReservoir()) ?? 0
    if (current < this.options.ceiling) {
      await this.limiter.incrementReservoir(1)
    }
  }
}
