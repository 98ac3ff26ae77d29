/** What bol's rate-limit headers said about a group's bucket. */
export type RateLimitObservation = {
  /** X-RateLimit-Limit: the bucket's capacity. */
  limit?: number
  /** X-RateLimit-Remaining: whole requests left after this one. */
  remaining?: number
  /**
   * X-RateLimit-Reset: seconds until the bucket is full again. bol mostly sends
   * it relative, but recorded answers also carry a Unix timestamp
   * (1539261914); those are turned into seconds from now.
   */
  resetSeconds?: number
  /** Retry-After (on 429): seconds until one request is available. */
  retryAfterSeconds?: number
}

export type HeaderSource = Headers | Record<string, string | string[] | undefined>

/** A header by name, ignoring case (bol's capitalisation varies per endpoint). */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") {
    return (headers as Headers).get(name) ?? undefined
  }
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === wanted) {
      return Array.isArray(value) ? value[0] : value
    }
  }
  return undefined
}

function nonNegative(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") {
    return undefined
  }
  const number = Number(value.trim())
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

/** Retry-After is seconds, or (rarely) an HTTP date. */
function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  const seconds = nonNegative(value)
  if (seconds !== undefined || value === undefined) {
    return seconds
  }
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, (date - now) / 1000) : undefined
}

/** Above this, a reset is a point in time, not a duration (10^9 s is 2001; no bol window lasts 30 years). */
const EPOCH_SECONDS = 1e9
const EPOCH_MILLISECONDS = 1e12

/** Seconds until the reset, whether bol sent a duration, epoch seconds or epoch milliseconds. */
function resetSeconds(value: string | undefined, now: number): number | undefined {
  const number = nonNegative(value)
  if (number === undefined || number < EPOCH_SECONDS) {
    return number
  }
  const at = number >= EPOCH_MILLISECONDS ? number : number * 1000
  return Math.max(0, (at - now) / 1000)
}

export function readRateLimitHeaders(headers: HeaderSource, now = Date.now()): RateLimitObservation {
  return {
    limit: nonNegative(headerValue(headers, "x-ratelimit-limit")),
    remaining: nonNegative(headerValue(headers, "x-ratelimit-remaining")),
    resetSeconds: resetSeconds(headerValue(headers, "x-ratelimit-reset"), now),
    retryAfterSeconds: retryAfterSeconds(headerValue(headers, "retry-after"), now),
  }
}
