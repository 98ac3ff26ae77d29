import {
  DEFAULT_GROUP_LIMITS,
  limitsFromRules,
  parseRateLimitRules,
  ruleFor,
  scaleLimits,
} from "../rate-limit-groups"
import { readRateLimitHeaders } from "../rate-limit-headers"
import { retryAfterMs } from "../retry-after"

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
})
