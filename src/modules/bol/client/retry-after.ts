import type { RateLimitObservation } from "./rate-limit-headers"

const MAX_BACKOFF_MS = 60_000

/**
 * How long to wait after a 429: `Retry-After`; else the time bol's
 * `X-RateLimit-Reset` implies for one request (the reset is the time until
 * the bucket is *full*, so with the limit known it is spread over the missing
 * requests); else an exponential backoff over the consecutive 429s.
 */
export function retryAfterMs(observation: RateLimitObservation, consecutiveRateLimits = 1): number {
  if (observation.retryAfterSeconds !== undefined) {
    return Math.max(1, Math.ceil(observation.retryAfterSeconds * 1000))
  }
  if (observation.resetSeconds !== undefined && observation.resetSeconds > 0) {
    const fullInMs = observation.resetSeconds * 1000
    if (observation.limit) {
      const missing = Math.max(1, observation.limit - (observation.remaining ?? 0))
      return Math.max(1, Math.ceil(fullInMs / missing))
    }
    return Math.ceil(fullInMs)
  }
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, consecutiveRateLimits - 1))
}
