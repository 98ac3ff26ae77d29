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

export type Answer = { status: number; headers: Headers; body: ReadBody }

/**
 * One request and its whole body within `timeoutMs`; a request that got no
 * answer (reset, refused, timed out, socket hang up, body cut off) becomes a
 * `BolTransientError`. The timer is cleared once the body is read: with
 * `AbortSignal.timeout` the signal, and through fetch's abort listener the
 * request and its answer, stayed reachable for the whole timeout, so at bol's
 * pace thousands of answers outlived V8's young generation and piled up in
 * the old one (the sync's memory grew with its length).
 */
export async function fetchAnswer(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  what: string
): Promise<Answer> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs)
  try {
    let response: Response
    try {
      response = await fetchImpl(url, { ...init, signal: controller.signal })
    } catch (error) {
      const code = networkCode(error) ?? "ENETWORK"
      const reason = code === "ETIMEDOUT" ? `no answer within ${timeoutMs} ms` : `connection failed (${code})`
      throw new BolTransientError(`${what}: ${reason}`, undefined, code)
    }
    return { status: response.status, headers: response.headers, body: await readBody(response, what) }
  } finally {
    clearTimeout(timer)
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
async function readBody(response: Response, what: string): Promise<ReadBody> {
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
