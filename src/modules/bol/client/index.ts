/**
 * bol.com Retailer API v10 client: tokens, rate limits, typed errors and the
 * resource table. Pure TypeScript with no Medusa dependency, so it runs in
 * workers, scripts and tests alike.
 */
export { BolClient, type BolClientOptions, type SlotPolicy } from "./client"
export { BolConnections, type BolAccountConnection, type BolConnectionsOptions } from "./connections"
export {
  BolAuthError,
  BolError,
  BolRateLimitedError,
  BolRequestError,
  BolTransientError,
  isRetryableBolError,
  type BolViolation,
} from "./errors"
export { BolRateLimiter, budgetKeyFor, type BolRateLimiterOptions, type SlotReport, type SlotResult } from "./limiter"
export { fetchRateLimitRules } from "./public-rate-limits"
export {
  BOL_RATE_LIMIT_GROUPS,
  DEFAULT_GROUP_LIMITS,
  limitsFromRules,
  parseRateLimitRules,
  ruleFor,
  scaleLimits,
  type BolRateLimitGroup,
  type GroupLimit,
  type RateLimitRule,
} from "./rate-limit-groups"
export { readRateLimitHeaders, type RateLimitObservation } from "./rate-limit-headers"
export { connectBolRedis, type BolRedis } from "./redis-connection"
export {
  BOL_RESOURCE_NAMES,
  BOL_RESOURCES,
  bolResource,
  isBolResourceName,
  listIterations,
  recordId,
  type BolResourceDefinition,
  type BolResourceName,
  type ResourceSummary,
} from "./resources"
export { retryAfterMs } from "./retry-after"
export { BolTokenProvider, type BolCredentials, type BolTokenProviderOptions } from "./token-provider"
export {
  BOL_API_BASE_URL,
  BOL_MEDIA_TYPE,
  BOL_TOKEN_URL,
  type BolListPage,
  type BolProcessStatus,
  type BolShipmentRequest,
} from "./types"
