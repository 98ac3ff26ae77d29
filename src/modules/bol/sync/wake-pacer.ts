import type Redis from "ioredis"
import { systemClock, type Clock } from "../client/clock"

/**
 * When a unit that found no free request should come back.
 *
 * Without pacing, every refused unit would come back when the next request is
 * credited, and all but one would be refused again: a thundering herd that
 * grows with the number of queued units. The pacer hands out wake-up times in
 * a queue instead, one per `slots` requests the unit wants, spaced at the
 * budget's refill interval, so that each unit wakes when its requests are
 * actually there. (Units are greedy once awake, so a reservation that goes
 * unused costs nothing but latency: the next unit takes the credit.)
 */
export type WakeRequest = {
  /** The budget (client id digest and endpoint group). */
  key: string
  /** The limiter's hint: time until the next request is credited. */
  retryInMs: number
  /** Requests the unit will send when it wakes. */
  slots: number
  /** The budget's refill interval (`windowMs / maxCapacity`). */
  intervalMs: number
}

export interface WakePacer {
  /** Reserves a place in the queue; resolves with the delay to wait from now. */
  reserve(request: WakeRequest): Promise<number>
}

function wakeAfter(now: number, queuedUntil: number, request: WakeRequest): { wake: number; next: number } {
  const slots = Math.max(1, Math.floor(request.slots))
  const start = Math.max(now + Math.max(0, request.retryInMs), queuedUntil)
  const wake = start + (slots - 1) * request.intervalMs
  return { wake, next: wake + request.intervalMs }
}

/** One process: the queue lives in memory. */
export class LocalWakePacer implements WakePacer {
  private readonly queuedUntil = new Map<string, number>()

  constructor(private readonly clock: Clock = systemClock) {}

  async reserve(request: WakeRequest): Promise<number> {
    const now = this.clock.now()
    const { wake, next } = wakeAfter(now, this.queuedUntil.get(request.key) ?? 0, request)
    this.queuedUntil.set(request.key, next)
    return Math.ceil(wake - now)
  }
}

/**
 * Same computation as `wakeAfter`, atomically in Redis on Redis's clock, so
 * that every worker takes its place in one queue per budget. The key expires
 * a minute after the last reservation ends. (ARGV[4], when given, is "now"
 * in epoch milliseconds instead of Redis's clock: for tests only.)
 */
const RESERVE = `
local now
if ARGV[4] and ARGV[4] ~= "" then
  now = tonumber(ARGV[4])
else
  local time = redis.call("TIME")
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local retry = math.max(0, tonumber(ARGV[1]))
local slots = math.max(1, math.floor(tonumber(ARGV[2])))
local interval = tonumber(ARGV[3])
local queued = tonumber(redis.call("GET", KEYS[1]) or "0")
local start = math.max(now + retry, queued)
local wake = start + (slots - 1) * interval
local nextFree = wake + interval
redis.call("SET", KEYS[1], string.format("%.3f", nextFree), "PX", math.ceil(nextFree - now) + 60000)
return string.format("%.3f", wake - now)`

/**
 * Several processes: the queue lives in Redis, on Redis's clock (one clock
 * for every worker). A test may pass a clock to use instead.
 */
export class RedisWakePacer implements WakePacer {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly clock?: Clock
  ) {}

  async reserve(request: WakeRequest): Promise<number> {
    const delay = await this.redis.eval(
      RESERVE,
      1,
      `${this.keyPrefix}:wake:${request.key}`,
      String(request.retryInMs),
      String(request.slots),
      String(request.intervalMs),
      this.clock ? String(this.clock.now()) : ""
    )
    return Math.ceil(Number(delay))
  }
}
