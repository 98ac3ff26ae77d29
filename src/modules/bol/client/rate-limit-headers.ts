/** What bol's rate-limit headers said about a group's bucket. */
export type RateLimitObservation = {
  /** X-RateLimit-Limit: the bucket's capacity. */
  limit?: number
  /** X-RateLimit-Remaining: whole requests left after this one. */
  remaining?: number
  /** X-RateLimit-Reset: seconds until the bucket is full again (relative, not an epoch). */
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

export function readRateLimitHeaders(headers: HeaderSource, now = Date.now()): RateLimitObservation {
  return {
    limit: nonNegative(headerValue(headers, "x-ratelimit-limit")),
    remaining: nonNegative(headerValue(headers, "x-ratelimit-remaining")),
    resetSeconds: nonNegative(headerValue(headers, "x-ratelimit-reset")),
    retryAfterSeconds: retryAfterSeconds(headerValue(headers, "retry-after"), now),
  }
}
