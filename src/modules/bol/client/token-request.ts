import { BolAuthError, BolRateLimitedError, BolRequestError, BolTransientError } from "./errors"
import { fetchAnswer, type FetchLike } from "./http"
import { readRateLimitHeaders } from "./rate-limit-headers"
import { retryAfterMs } from "./retry-after"

/** What is needed to get an access token for one bol account. */
export type BolCredentials = {
  /** The Bazaar account id (names the cached token; never sent to bol). */
  accountId: string
  clientId: string
  clientSecret: string
  /** bol: `https://login.bol.com/token`. */
  tokenUrl: string
}

export type AccessToken = { accessToken: string; expiresInSeconds: number }

/** bol's documented lifetime, used if an answer leaves `expires_in` out. */
const DEFAULT_LIFETIME_SECONDS = 299

/**
 * The client-credentials grant (spec sheet §1.1): HTTP Basic with the client
 * id and secret, `grant_type` in the form body (never the secret in the URL).
 */
export async function requestAccessToken(
  credentials: BolCredentials,
  options: { fetch: FetchLike; timeoutMs: number }
): Promise<AccessToken> {
  const what = `bol.com token request for account ${credentials.accountId}`
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64")
  const response = await fetchAnswer(
    options.fetch,
    credentials.tokenUrl,
    {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    },
    options.timeoutMs,
    what
  )
  const { body } = response
  const json = (body.isJson && body.json && typeof body.json === "object" ? body.json : {}) as Record<string, unknown>

  if (response.status === 200) {
    if (typeof json.access_token !== "string" || json.access_token === "") {
      throw new BolTransientError(`${what}: the answer had no access token`, 200)
    }
    const expiresIn = Number(json.expires_in)
    return {
      accessToken: json.access_token,
      expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_LIFETIME_SECONDS,
    }
  }
  const code = typeof json.error === "string" ? json.error : undefined
  if (response.status === 400 || response.status === 401) {
    const description = typeof json.error_description === "string" ? `: ${json.error_description}` : ""
    throw new BolAuthError(`${what} was refused (${response.status} ${code ?? "unauthorized"}${description})`, response.status, code, true)
  }
  if (response.status === 429) {
    const wait = retryAfterMs(readRateLimitHeaders(response.headers))
    throw new BolRateLimitedError(`${what}: too many token requests; retry in ${wait} ms`, wait)
  }
  if (response.status >= 500) {
    throw new BolTransientError(`${what}: bol.com answered ${response.status}`, response.status)
  }
  throw new BolRequestError(`${what}: bol.com answered ${response.status}`, response.status)
}
