/**
 * bol.com Retailer API v10 simulator for tests, demos and benchmarks.
 * See README.md in this folder.
 */
export { createBolSimulator, startBolSimulator, RATELIMITS_PATH } from "./server"
export type { BolSimulator, BolSimulatorOptions, ResetStyle, SimSettings } from "./server"
export { TOKEN_PATH } from "./routes/token"
export { createClock } from "./clock"
export type { SimClock } from "./clock"
export { defaultClient } from "./auth"
export type { SimClient } from "./auth"
export { BolStore, PAGE_SIZE, DEFAULT_SEED_COUNTS } from "./data"
export type { SeedCounts, ShipmentRequestInput } from "./data"
export { DEFAULT_LIMITS, LIMIT_GROUPS, publicRateLimits, resolveLimits } from "./rate-limits"
export type { LimitGroup, LimitSpec, LimitsOption, RateLimitRule, TimeUnit } from "./rate-limits"
export type { EndpointPattern, FaultHandle, FaultKind, FaultSpec, NotJsonBody } from "./faults"
export type { SimStats } from "./stats"
export { RETAILER_MEDIA_TYPE, ADVERTISER_MEDIA_TYPE, PROBLEM_TYPE } from "./errors"
export type { ProblemStyle, Violation } from "./errors"
export type { FulfilmentMethod } from "./records"
export { BolSimulatorError } from "./errors"
