import { BolTransientError } from "./errors"
import { fetchWithTimeout, readBody, type FetchLike } from "./http"
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
  const response = await fetchWithTimeout(
    options.fetch ?? fetch,
    `${apiBaseUrl.replace(/\/+$/, "")}/retailer/public/ratelimits`,
    { headers: { Accept: "application/json" } },
    options.timeoutMs ?? 15_000,
    what
  )
  const body = await readBody(response, what)
  if (response.status !== 200 || !body.isJson) {
    throw new BolTransientError(`${what}: bol.com answered ${response.status}`, response.status)
  }
  return parseRateLimitRules(body.json)
}
