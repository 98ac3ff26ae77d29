import type { SimClient, TokenAuthority } from "../auth"
import { parseBasic } from "../auth"
import { oauthError } from "../errors"
import { bareMediaType } from "../http"
import type { RateLimiter } from "../rate-limits"

/**
 * bol's login server: POST /token, grant_type=client_credentials in the
 * form body or (still common) the query string; client credentials in an
 * HTTP Basic header or as client_id/client_secret in the form body. Secrets,
 * refresh tokens or codes in the query string are rejected (400).
 */
export const TOKEN_PATH = "/token"

export type TokenAnswer = { status: number; body: Record<string, unknown>; retryAfterSeconds?: number; client?: SimClient }

const SENSITIVE_QUERY = ["client_secret", "refresh_token", "code"]

export function tokenEndpoint(
  request: { method: string; query: URLSearchParams; body: string; contentType?: string; authorization?: string },
  deps: { authority: TokenAuthority; limiter: RateLimiter; retryHint?: boolean }
): TokenAnswer {
  if (request.method !== "POST") {
    return { status: 405, body: oauthError("invalid_request", `HTTP method ${request.method} is not supported; use POST.`) }
  }
  const sensitive = SENSITIVE_QUERY.filter((name) => request.query.has(name))
  if (sensitive.length > 0) {
    return {
      status: 400,
      body: oauthError(
        "invalid_request",
        `Requests with sensitive information (${sensitive.join(", ")}) in URL query parameters are rejected; send it in the request body.`
      ),
    }
  }
  const isForm = bareMediaType(request.contentType ?? "") === "application/x-www-form-urlencoded"
  const form = new URLSearchParams(isForm ? request.body : "")
  const grantType = form.get("grant_type") ?? request.query.get("grant_type")
  if (!grantType) {
    return { status: 400, body: oauthError("invalid_request", "Missing grant type") }
  }
  if (grantType !== "client_credentials") {
    return { status: 400, body: oauthError("unsupported_grant_type", `Unsupported grant type: ${grantType}`) }
  }
  const basic = parseBasic(request.authorization)
  const credentials: [string, string] | undefined =
    basic ?? (form.has("client_id") && form.has("client_secret") ? [form.get("client_id") ?? "", form.get("client_secret") ?? ""] : undefined)
  const client = credentials ? deps.authority.authenticate(credentials[0], credentials[1]) : undefined
  if (!client) {
    return { status: 401, body: oauthError("invalid_client", "Bad client credentials") }
  }
  const budget = deps.limiter.take(client.clientId, "token")
  if (budget && !budget.allowed) {
    return {
      status: 429,
      body: oauthError(
        "too_many_requests",
        deps.retryHint === false ? "Too many token requests." : `Too many token requests, retry in ${budget.retryAfterSeconds} seconds.`
      ),
      retryAfterSeconds: budget.retryAfterSeconds,
      client,
    }
  }
  return { status: 200, body: deps.authority.issue(client), client }
}
