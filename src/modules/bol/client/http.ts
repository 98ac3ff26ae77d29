import { BolTransientError } from "./errors"

export type FetchLike = typeof fetch

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
])

/** The most telling code of a fetch failure (undici nests the socket error in `cause`). */
function networkCode(error: unknown): string | undefined {
  for (let current: any = error, depth = 0; current && depth < 4; current = current.cause, depth++) {
    if (current.name === "TimeoutError" || current.name === "AbortError") {
      return "ETIMEDOUT"
    }
    if (typeof current.code === "string" && NETWORK_CODES.has(current.code)) {
      return current.code
    }
  }
  return undefined
}

/**
 * `fetch` with a timeout; a request that got no answer (reset, refused,
 * timed out, socket hang up) becomes a `BolTransientError`.
 */
export async function fetchWithTimeout(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  what: string
): Promise<Response> {
  try {
    return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    const code = networkCode(error) ?? "ENETWORK"
    const reason = code === "ETIMEDOUT" ? `no answer within ${timeoutMs} ms` : `connection failed (${code})`
    throw new BolTransientError(`${what}: ${reason}`, undefined, code)
  }
}

export type ReadBody = {
  json?: unknown
  isJson: boolean
  contentType: string
  /** Why a body announced as JSON could not be read as JSON. */
  parseError?: string
}

/**
 * Reads an answer's body; JSON only when the media type says so (bol sends
 * `application/vnd.retailer.v10+json`, proxies may send HTML). A body cut off
 * mid-way is a transient failure.
 */
export async function readBody(response: Response, what: string): Promise<ReadBody> {
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw new BolTransientError(`${what}: the answer was cut off (${networkCode(error) ?? "ENETWORK"})`, response.status, networkCode(error))
  }
  const contentType = response.headers.get("content-type") ?? ""
  if (!/json/i.test(contentType)) {
    return { isJson: false, contentType }
  }
  if (text.trim() === "") {
    return { isJson: false, contentType, parseError: "empty body" }
  }
  try {
    return { json: JSON.parse(text), isJson: true, contentType }
  } catch {
    return { isJson: false, contentType, parseError: `invalid JSON of ${text.length} characters` }
  }
}
