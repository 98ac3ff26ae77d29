import { MedusaError } from "@medusajs/framework/utils"
import { BOL_API_BASE_URL, BOL_TOKEN_URL } from "../client/types"

export type BolEndpoints = { api_base_url: string; token_url: string }

/**
 * The bol.com URLs an account talks to. Only bol's own, unless custom URLs are
 * allowed (outside production by default: the simulator and bol's demo
 * environment), so that a seller cannot make the server call arbitrary hosts.
 */
export function bolEndpoints(
  requested: { api_base_url?: string; token_url?: string },
  allowCustomUrls: boolean
): BolEndpoints {
  const endpoints = { api_base_url: requested.api_base_url ?? BOL_API_BASE_URL, token_url: requested.token_url ?? BOL_TOKEN_URL }
  const custom = endpoints.api_base_url !== BOL_API_BASE_URL || endpoints.token_url !== BOL_TOKEN_URL
  if (custom && !allowCustomUrls) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `api_base_url and token_url must be bol.com's (${BOL_API_BASE_URL}, ${BOL_TOKEN_URL}) unless bol.allowCustomUrls is on`
    )
  }
  return endpoints
}
