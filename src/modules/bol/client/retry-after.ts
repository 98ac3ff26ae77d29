import type { RateLimitObservation } from "./rate-limit-headers"
import type { GroupLimit } from "./rate-limit-groups"

/**
 * The longest wait any 429 may impose (10 minutes). bol's longest published
 * refill interval is 6 minutes (10 requests an hour); a longer computed wait
 * means a header was misread, and parking work for longer would stall a sync.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 10 * 60_000

/** Without any hint and without a known group limit: 1 s, doubling, at most a minute. */
const FALLBACK_BASE_MS = 1000
const FALLBACK_MAX_MS = 60_000

export type RateLimitWait = {
  ms: number
  /** Where the wait came from. */
  source: "retry-after" | "problem" | "reset" | "backoff"
  /** The computed wait when it was above `MAX_RATE_LIMIT_WAIT_MS` and cut down to it. */
  clampedFromMs?: number
}

export type RateLimitContext = {
  /** Consecutive 429s of this group, this one included. */
  consecutive?: number
  /** The group's published limit, for a backoff without hints. */
  limit?: GroupLimit
  /** The Problem's `detail`, e.g. "Too many requests, retry in 4 seconds." */
  detail?: string
}

function statedInProblem(detail: string | undefined): number | undefined {
  const match = detail?.match(/retry in (\d+(?:\.\d+)?) ?(ms|milliseconds?|s|sec|seconds?|m|min|minutes?)\b/i)
  if (!match) {
    return undefined
  }
  const value = Number(match[1])
  const unit = match[2].toLowerCase()
  return unit.startsWith("ms") || unit.startsWith("milli") ? value : unit.startsWith("m") ? value * 60_000 : value * 1000
}

function hinted(observation: RateLimitObservation, context: RateLimitContext): Omit<RateLimitWait, "clampedFromMs"> {
  if (observation.retryAfterSeconds !== undefined) {
    return { ms: Math.max(1, Math.ceil(observation.retryAfterSeconds * 1000)), source: "retry-after" }
  }
  const stated = statedInProblem(context.detail)
  if (stated !== undefined) {
    return { ms: Math.max(1, Math.ceil(stated)), source: "problem" }
  }
  if (observation.resetSeconds !== undefined && observation.resetSeconds > 0) {
    const fullInMs = observation.resetSeconds * 1000
    // The reset is when the bucket is *full*; with the limit known it is spread over the missing requests.
    const missing = observation.limit ? Math.max(1, observation.limit - (observation.remaining ?? 0)) : 1
    return { ms: Math.max(1, Math.ceil(fullInMs / missing)), source: "reset" }
  }
  const consecutive = Math.max(1, context.consecutive ?? 1)
  if (context.limit) {
    // One refill interval, doubling with each 429 in a row, up to the group's whole window.
    const interval = context.limit.windowMs / context.limit.maxCapacity
    return { ms: Math.ceil(Math.min(context.limit.windowMs, interval * 2 ** (consecutive - 1))), source: "backoff" }
  }
  return { ms: Math.min(FALLBACK_MAX_MS, FALLBACK_BASE_MS * 2 ** (consecutive - 1)), source: "backoff" }
}

/**
 * How long to wait after a 429: `Retry-After`; else a wait stated in the
 * Problem body; else the time bol's `X-RateLimit-Reset` implies for one
 * request; else a backoff from the group's published refill interval,
 * doubling with each consecutive 429 up to the group's window. Never more
 * than `MAX_RATE_LIMIT_WAIT_MS`.
 */
export function rateLimitWait(observation: RateLimitObservation, context: RateLimitContext = {}): RateLimitWait {
  const wait = hinted(observation, context)
  return wait.ms > MAX_RATE_LIMIT_WAIT_MS ? { ...wait, ms: MAX_RATE_LIMIT_WAIT_MS, clampedFromMs: wait.ms } : wait
}

/** `rateLimitWait` in milliseconds. */
export function retryAfterMs(observation: RateLimitObservation, consecutiveRateLimits = 1): number {
  return rateLimitWait(observation, { consecutive: consecutiveRateLimits }).ms
}
