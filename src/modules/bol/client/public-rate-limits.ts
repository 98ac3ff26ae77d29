import { BolTransientError } from "./errors"
import { fetchAnswer, type FetchLike } from "./http"
import { parseRateLimitRules, type RateLimitRule } from "./rate-limit-groups"
import { BOL_API_BASE_URL } from "./types"

/**
 * bol's machine-readable limits, `GET /retailer/public/ratelimits` (no
 * authentication). Feed the result to `limitsFromRules`.
 */
export async function fetchRateLimitRules(
  apiBaseUrl: string = BOL_API_BASE_URL,
  options: { fetch?: FetchLike; timeoutMs?: number } = {}
): Promise<RateLimitRule[]> {
  const what = "GET /retailer/public/ratelimits"
  const { status, body } = await fetchAnswer(
    options.fetch ?? fetch,
    `${apiBaseUrl.replace(/\/+$/, "")}/retailer/public/ratelimits`,
    { headers: { Accept: "application/json" } },
    options.timeoutMs ?? 15_000,
    what
  )
  if (status !== 200 || !body.isJson) {
    throw new BolTransientError(`${what}: bol.com answered ${status}`, status)
  }
  return parseRateLimitRules(body.json)
}
