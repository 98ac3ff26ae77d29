/**
 * bol.com's rate-limit groups: one budget per (client id, group). The names
 * match the simulator's (tools/bol-simulator) so stats line up in tests.
 */
export const BOL_RATE_LIMIT_GROUPS = [
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

export type BolRateLimitGroup = (typeof BOL_RATE_LIMIT_GROUPS)[number]

/** A token bucket: `maxCapacity` requests, refilled evenly over `windowMs`. */
export type GroupLimit = { maxCapacity: number; windowMs: number }

const SECOND = 1000
const MINUTE = 60 * SECOND

/** One request of each group, used to match bol's published path patterns. */
const GROUP_ENDPOINTS: Record<BolRateLimitGroup, { method: string; path: string }> = {
  shipmentsList: { method: "GET", path: "/retailer/shipments" },
  shipmentDetail: { method: "GET", path: "/retailer/shipments/{id}" },
  shipmentCreate: { method: "POST", path: "/retailer/shipments" },
  ordersList: { method: "GET", path: "/retailer/orders" },
  orderDetail: { method: "GET", path: "/retailer/orders/{id}" },
  returnsList: { method: "GET", path: "/retailer/returns" },
  returnDetail: { method: "GET", path: "/retailer/returns/{id}" },
  transportUpdate: { method: "PUT", path: "/retailer/transports/{id}" },
  processStatus: { method: "GET", path: "/shared/process-status/{id}" },
  processStatusQuery: { method: "GET", path: "/shared/process-status" },
  processStatusBulk: { method: "POST", path: "/shared/process-status" },
}

/**
 * bol's published limits (spec sheet §5.2, snapshot of
 * /retailer/public/ratelimits, Nov 2025). The groups the sheet has no number
 * for (transports, single process status) use 25/s like their neighbours.
 */
export const DEFAULT_GROUP_LIMITS: Readonly<Record<BolRateLimitGroup, GroupLimit>> = {
  shipmentsList: { maxCapacity: 25, windowMs: MINUTE },
  shipmentDetail: { maxCapacity: 50, windowMs: MINUTE },
  shipmentCreate: { maxCapacity: 25, windowMs: SECOND },
  ordersList: { maxCapacity: 25, windowMs: MINUTE },
  orderDetail: { maxCapacity: 25, windowMs: SECOND },
  returnsList: { maxCapacity: 20, windowMs: MINUTE },
  returnDetail: { maxCapacity: 20, windowMs: MINUTE },
  transportUpdate: { maxCapacity: 25, windowMs: SECOND },
  processStatus: { maxCapacity: 25, windowMs: SECOND },
  processStatusQuery: { maxCapacity: 25, windowMs: SECOND },
  processStatusBulk: { maxCapacity: 2, windowMs: SECOND },
}

/** One normalised entry of `GET /retailer/public/ratelimits`. */
export type RateLimitRule = {
  /** Path pattern; `*` stands for one path segment. */
  path: string
  methods: string[]
  maxCapacity: number
  windowMs: number
}

const UNIT_MS: Record<string, number> = {
  SECOND: SECOND,
  SECONDS: SECOND,
  MINUTE: MINUTE,
  MINUTES: MINUTE,
  HOUR: 60 * MINUTE,
  HOURS: 60 * MINUTE,
}

function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === "string" ? Number(value.trim()) : value
  return typeof number === "number" && Number.isFinite(number) && number > 0 ? number : undefined
}

/**
 * Parses bol's machine-readable limits: an array of
 * `{ path, methods: "GET, OPTIONS", maxCapacity, timeToLive, timeUnit }`.
 * Numbers may arrive as strings; entries that make no sense are skipped.
 */
export function parseRateLimitRules(body: unknown): RateLimitRule[] {
  if (!Array.isArray(body)) {
    return []
  }
  const rules: RateLimitRule[] = []
  for (const entry of body) {
    if (!entry || typeof entry !== "object") {
      continue
    }
    const raw = entry as Record<string, unknown>
    const maxCapacity = positiveNumber(raw.maxCapacity)
    const timeToLive = positiveNumber(raw.timeToLive)
    const unitMs = UNIT_MS[String(raw.timeUnit ?? "").trim().toUpperCase()]
    if (typeof raw.path !== "string" || !maxCapacity || !timeToLive || !unitMs) {
      continue
    }
    const methods = String(raw.methods ?? "")
      .split(",")
      .map((method) => method.trim().toUpperCase())
      .filter(Boolean)
    rules.push({ path: raw.path.trim(), methods, maxCapacity: Math.floor(maxCapacity), windowMs: timeToLive * unitMs })
  }
  return rules
}

function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split("/")
  const have = path.split("/")
  return want.length === have.length && want.every((segment, i) => segment === "*" || segment === have[i])
}

/** The rule bol applies to a request: an exact path beats a wildcard one. */
export function ruleFor(rules: RateLimitRule[], method: string, path: string): RateLimitRule | undefined {
  const candidates = rules.filter(
    (rule) => rule.methods.includes(method.toUpperCase()) && pathMatches(rule.path, path)
  )
  const wildcards = (rule: RateLimitRule) => rule.path.split("/").filter((segment) => segment === "*").length
  return candidates.sort((a, b) => wildcards(a) - wildcards(b))[0]
}

/** Limits per group from published rules; groups without a rule keep `fallback`. */
export function limitsFromRules(
  rules: RateLimitRule[],
  fallback: Readonly<Record<BolRateLimitGroup, GroupLimit>> = DEFAULT_GROUP_LIMITS
): Record<BolRateLimitGroup, GroupLimit> {
  const limits = { ...fallback }
  for (const group of BOL_RATE_LIMIT_GROUPS) {
    const { method, path } = GROUP_ENDPOINTS[group]
    const rule = ruleFor(rules, method, path.replace("{id}", "0"))
    if (rule) {
      limits[group] = { maxCapacity: rule.maxCapacity, windowMs: rule.windowMs }
    }
  }
  return limits
}

/** Divides every window by `speedUp` (for a simulator started with the same speed-up). */
export function scaleLimits(
  limits: Readonly<Record<BolRateLimitGroup, GroupLimit>>,
  speedUp: number
): Record<BolRateLimitGroup, GroupLimit> {
  const scaled = {} as Record<BolRateLimitGroup, GroupLimit>
  for (const group of BOL_RATE_LIMIT_GROUPS) {
    scaled[group] = { maxCapacity: limits[group].maxCapacity, windowMs: limits[group].windowMs / speedUp }
  }
  return scaled
}
