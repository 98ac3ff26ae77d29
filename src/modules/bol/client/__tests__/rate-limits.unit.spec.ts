import {
  DEFAULT_GROUP_LIMITS,
  limitsFromRules,
  parseRateLimitRules,
  ruleFor,
  scaleLimits,
} from "../rate-limit-groups"
import { readRateLimitHeaders } from "../rate-limit-headers"
import { MAX_RATE_LIMIT_WAIT_MS, rateLimitWait, retryAfterMs } from "../retry-after"
import { backoffMs } from "../../sync/failures"

describe("bol rate-limit rules", () => {
  const published = [
    { path: "/retailer/shipments", methods: "GET, OPTIONS, HEAD", maxCapacity: "25", timeToLive: "1", timeUnit: "MINUTES" },
    { path: "/retailer/shipments/*", methods: "GET, OPTIONS, HEAD", maxCapacity: 14, timeToLive: 1, timeUnit: "MINUTES" },
    { path: "/retailer/shipments", methods: "POST", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS" },
    { path: "/retailer/orders/*", methods: "GET", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS" },
    { path: "/retailer/*/*", methods: "GET", maxCapacity: 5, timeToLive: 2, timeUnit: "HOURS" },
    { path: "/broken", methods: "GET", maxCapacity: "many", timeToLive: 1, timeUnit: "MINUTES" },
    "not an object",
  ]

  it("parses numbers given as strings and skips entries that make no sense", () => {
    const rules = parseRateLimitRules(published)
    expect(rules).toHaveLength(5)
    expect(rules[0]).toEqual({
      path: "/retailer/shipments",
      methods: ["GET", "OPTIONS", "HEAD"],
      maxCapacity: 25,
      windowMs: 60_000,
    })
    expect(rules[4].windowMs).toBe(2 * 3_600_000)
    expect(parseRateLimitRules({ not: "an array" })).toEqual([])
  })

  it("matches `*` to one path segment and prefers the more exact rule", () => {
    const rules = parseRateLimitRules(published)
    expect(ruleFor(rules, "GET", "/retailer/shipments/123")?.maxCapacity).toBe(14)
    expect(ruleFor(rules, "POST", "/retailer/shipments")?.windowMs).toBe(1000)
    expect(ruleFor(rules, "GET", "/retailer/returns/9")?.maxCapacity).toBe(5)
    expect(ruleFor(rules, "GET", "/retailer/shipments/1/2")).toBeUndefined()
  })

  it("maps rules onto groups and keeps the defaults where none applies", () => {
    const limits = limitsFromRules(parseRateLimitRules(published))
    expect(limits.shipmentDetail).toEqual({ maxCapacity: 14, windowMs: 60_000 })
    expect(limits.shipmentCreate).toEqual({ maxCapacity: 25, windowMs: 1000 })
    expect(limits.processStatusBulk).toEqual(DEFAULT_GROUP_LIMITS.processStatusBulk)
    expect(scaleLimits(limits, 60).shipmentDetail).toEqual({ maxCapacity: 14, windowMs: 1000 })
  })
})

describe("bol rate-limit headers", () => {
  it("reads them whatever their capitalisation", () => {
    expect(
      readRateLimitHeaders({ "x-ratelimit-limit": "25", "X-RATELIMIT-REMAINING": "3", "X-RateLimit-Reset": "7", "retry-after": "4" })
    ).toEqual({ limit: 25, remaining: 3, resetSeconds: 7, retryAfterSeconds: 4 })
    expect(readRateLimitHeaders(new Headers({ "X-RateLimit-Remaining": "0" }))).toMatchObject({ remaining: 0 })
    expect(readRateLimitHeaders({ "x-ratelimit-remaining": "lots" })).toEqual({})
  })

  it("derives the wait after a 429: Retry-After, else the reset spread over the missing requests, else backoff", () => {
    expect(retryAfterMs({ retryAfterSeconds: 4, resetSeconds: 60 })).toBe(4000)
    expect(retryAfterMs({ limit: 25, remaining: 0, resetSeconds: 60 })).toBe(2400)
    expect(retryAfterMs({ resetSeconds: 3 })).toBe(3000)
    expect([1, 2, 3, 10].map((n) => retryAfterMs({}, n))).toEqual([1000, 2000, 4000, 60_000])
  })

  it("reads X-RateLimit-Reset given as a Unix timestamp (seconds or milliseconds) as the time left until then", () => {
    const now = Date.parse("2026-11-30T12:00:00Z")
    const inThirtySeconds = String(now / 1000 + 30)
    expect(readRateLimitHeaders({ "X-RateLimit-Reset": inThirtySeconds }, now).resetSeconds).toBe(30)
    expect(readRateLimitHeaders({ "X-RateLimit-Reset": String(now + 4500) }, now).resetSeconds).toBe(4.5)
    // The recorded bol answer's timestamp lies in the past: nothing to wait for.
    expect(readRateLimitHeaders({ "X-RateLimit-Reset": "1539261914" }, now).resetSeconds).toBe(0)
    expect(readRateLimitHeaders({ "X-RateLimit-Reset": "59" }, now).resetSeconds).toBe(59)
    // Read as seconds, that timestamp would have parked a unit for about six years.
    expect(retryAfterMs(readRateLimitHeaders({ "X-RateLimit-Reset": "1539261914" }, now))).toBe(1000)
  })

  it("clamps every computed wait to MAX_RATE_LIMIT_WAIT_MS and says so", () => {
    expect(rateLimitWait({ retryAfterSeconds: 86_400 })).toEqual({
      ms: MAX_RATE_LIMIT_WAIT_MS,
      source: "retry-after",
      clampedFromMs: 86_400_000,
    })
    expect(rateLimitWait({ resetSeconds: 7200 })).toMatchObject({ ms: MAX_RATE_LIMIT_WAIT_MS, clampedFromMs: 7_200_000 })
    expect(rateLimitWait({ retryAfterSeconds: 4 })).toEqual({ ms: 4000, source: "retry-after" })
    expect(backoffMs(0, 2000, 3_600_000)).toBe(MAX_RATE_LIMIT_WAIT_MS)
  })

  it("without any header honours a wait stated in the Problem, else backs off from the group's published window", () => {
    const detailList = { maxCapacity: 25, windowMs: 60_000 } // 25 per minute: one request every 2.4 s
    expect(rateLimitWait({}, { detail: "Too many requests, retry in 4 seconds.", limit: detailList })).toEqual({
      ms: 4000,
      source: "problem",
    })
    expect([1, 2, 3, 4, 5, 6, 9].map((consecutive) => rateLimitWait({}, { consecutive, limit: detailList }).ms)).toEqual([
      2400, 4800, 9600, 19_200, 38_400, 60_000, 60_000,
    ])
    // Never shorter than a refill interval, unlike the old 1-second guess.
    expect(rateLimitWait({}, { limit: { maxCapacity: 10, windowMs: 3_600_000 } }).ms).toBe(360_000)
  })
})
