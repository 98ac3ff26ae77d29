import { BolSimulatorError } from "./errors"

/**
 * bol's rate limits: a token bucket per (client, endpoint group). A bucket
 * holds `maxCapacity` requests and refills continuously so that it is full
 * again `timeToLive timeUnit` after being emptied (divided by `speedUp`).
 *
 * Headers: X-RateLimit-Limit (capacity), X-RateLimit-Remaining (whole
 * requests left), X-RateLimit-Reset (seconds until the bucket is full again,
 * a small relative number; the server writes it as epoch seconds when
 * `resetStyle` is "epoch"). A request on an empty bucket is a
 * violation: 429 with Retry-After (seconds until one request is available).
 */
export type TimeUnit = "SECONDS" | "MINUTES" | "HOURS"

/** One entry of bol's machine-readable `GET /retailer/public/ratelimits`. */
export type RateLimitRule = {
  path: string
  methods: string
  maxCapacity: number | string
  timeToLive: number | string
  timeUnit: TimeUnit
}

export type LimitSpec = { maxCapacity: number; timeToLive: number; timeUnit: TimeUnit }

export const LIMIT_GROUPS = [
  "token",
  "shipmentsList",
  "shipmentDetail",
  "shipmentCreate",
  "ordersList",
  "orderDetail",
  "returnsList",
  "returnDetail",
  "transportUpdate",
  "processStatus",
  "processStatusQuery",
  "processStatusBulk",
] as const
export type LimitGroup = (typeof LIMIT_GROUPS)[number]

/**
 * Defaults, from the spec sheet §5.2 (snapshot of /retailer/public/ratelimits,
 * Nov 2025) and §9.5; groups the sheet gives no number for are marked INF.
 */
export const DEFAULT_LIMITS: Record<LimitGroup, LimitSpec & { path: string; methods: string; source: string }> = {
  token: { path: "/token", methods: "POST", maxCapacity: 10, timeToLive: 1, timeUnit: "MINUTES", source: "INF §1.3 (bol publishes no number)" },
  shipmentsList: { path: "/retailer/shipments", methods: "GET, OPTIONS, HEAD", maxCapacity: 25, timeToLive: 1, timeUnit: "MINUTES", source: "§5.2" },
  shipmentDetail: { path: "/retailer/shipments/*", methods: "GET, OPTIONS, HEAD", maxCapacity: 50, timeToLive: 1, timeUnit: "MINUTES", source: "§5.2" },
  shipmentCreate: { path: "/retailer/shipments", methods: "POST", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS", source: "§5.2" },
  ordersList: { path: "/retailer/orders", methods: "GET, OPTIONS, HEAD", maxCapacity: 25, timeToLive: 1, timeUnit: "MINUTES", source: "§5.2" },
  orderDetail: { path: "/retailer/orders/*", methods: "GET, OPTIONS, HEAD", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS", source: "§5.2" },
  returnsList: { path: "/retailer/returns", methods: "GET, POST", maxCapacity: 20, timeToLive: 1, timeUnit: "MINUTES", source: "§5.2" },
  returnDetail: { path: "/retailer/returns/*", methods: "GET, PUT", maxCapacity: 20, timeToLive: 1, timeUnit: "MINUTES", source: "§5.2" },
  transportUpdate: { path: "/retailer/transports/*", methods: "PUT", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS", source: "INF (not in §5.2)" },
  processStatus: { path: "/shared/process-status/*", methods: "GET", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS", source: "INF (not in §5.2)" },
  processStatusQuery: { path: "/shared/process-status", methods: "GET", maxCapacity: 25, timeToLive: 1, timeUnit: "SECONDS", source: "INF (not in §5.2)" },
  processStatusBulk: { path: "/shared/process-status", methods: "POST", maxCapacity: 2, timeToLive: 1, timeUnit: "SECONDS", source: "§5.2 [3P]" },
}

/** Per-group overrides (null switches a group's limit off) or a ratelimits-shaped array. */
export type LimitsOption = Partial<Record<LimitGroup, Partial<LimitSpec> | null>> | RateLimitRule[]

const UNIT_MS: Record<TimeUnit, number> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000 }

function methodSet(methods: string): Set<string> {
  return new Set(methods.split(",").map((method) => method.trim().toUpperCase()).filter(Boolean))
}

/** Resolves the effective limit of every group (null = unlimited). */
export function resolveLimits(option: LimitsOption | undefined): Record<LimitGroup, LimitSpec | null> {
  const resolved = {} as Record<LimitGroup, LimitSpec | null>
  for (const group of LIMIT_GROUPS) {
    const { maxCapacity, timeToLive, timeUnit } = DEFAULT_LIMITS[group]
    resolved[group] = { maxCapacity, timeToLive, timeUnit }
  }
  if (Array.isArray(option)) {
    for (const rule of option) {
      const ruleMethods = methodSet(rule.methods)
      for (const group of LIMIT_GROUPS) {
        const defaults = DEFAULT_LIMITS[group]
        const overlaps = [...methodSet(defaults.methods)].some((method) => ruleMethods.has(method))
        if (defaults.path === rule.path && overlaps) {
          resolved[group] = {
            maxCapacity: Number(rule.maxCapacity),
            timeToLive: Number(rule.timeToLive),
            timeUnit: rule.timeUnit,
          }
        }
      }
    }
  } else if (option) {
    for (const group of LIMIT_GROUPS) {
      const override = option[group]
      if (override === null) {
        resolved[group] = null
      } else if (override) {
        resolved[group] = { ...(resolved[group] ?? DEFAULT_LIMITS[group]), ...override }
      }
    }
  }
  for (const group of LIMIT_GROUPS) {
    const spec = resolved[group]
    if (spec && !(spec.maxCapacity >= 1 && spec.timeToLive > 0 && UNIT_MS[spec.timeUnit])) {
      throw new BolSimulatorError(`bol simulator: invalid rate limit for ${group}: ${JSON.stringify(spec)}`)
    }
  }
  return resolved
}

/** The limits as bol's `/retailer/public/ratelimits` serves them. */
export function publicRateLimits(limits: Record<LimitGroup, LimitSpec | null>): RateLimitRule[] {
  return LIMIT_GROUPS.filter((group) => group !== "token" && limits[group]).map((group) => ({
    path: DEFAULT_LIMITS[group].path,
    methods: DEFAULT_LIMITS[group].methods,
    ...(limits[group] as LimitSpec),
  }))
}

export type TakeResult = {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the bucket is full again. */
  resetSeconds: number
  /** Seconds until one request is available (for Retry-After). */
  retryAfterSeconds: number
}

type Bucket = { tokens: number; updatedAt: number }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private limits: Record<LimitGroup, LimitSpec | null>,
    private readonly now: () => number,
    private readonly speedUp: number
  ) {}

  setLimits(limits: Record<LimitGroup, LimitSpec | null>): void {
    this.limits = limits
    this.buckets.clear()
  }

  getLimits(): Record<LimitGroup, LimitSpec | null> {
    return this.limits
  }

  private windowMs(spec: LimitSpec): number {
    return (spec.timeToLive * UNIT_MS[spec.timeUnit]) / this.speedUp
  }

  /** Takes one request from the (client, group) bucket; null when the group has no limit. */
  take(clientId: string, group: LimitGroup): TakeResult | null {
    const spec = this.limits[group]
    if (!spec) {
      return null
    }
    const now = this.now()
    const perMs = spec.maxCapacity / this.windowMs(spec)
    const key = `${clientId}\u0000${group}`
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = { tokens: spec.maxCapacity, updatedAt: now }
      this.buckets.set(key, bucket)
    }
    bucket.tokens = Math.min(spec.maxCapacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs)
    bucket.updatedAt = now
    // The epsilon keeps float rounding from turning an exact refill into a 429.
    const allowed = bucket.tokens >= 1 - 1e-9
    if (allowed) {
      bucket.tokens = Math.max(0, bucket.tokens - 1)
    }
    const missing = spec.maxCapacity - bucket.tokens
    return {
      allowed,
      limit: spec.maxCapacity,
      remaining: Math.floor(bucket.tokens + 1e-9),
      resetSeconds: missing <= 1e-9 ? 0 : Math.max(1, Math.ceil(missing / perMs / 1000 - 1e-9)),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000 - 1e-9)),
    }
  }

  /** Forgets every bucket, so that all are full again. */
  reset(): void {
    this.buckets.clear()
  }
}
