import { STATUS_CODES } from "http"

/**
 * bol's error bodies. The API's "Problem" JSON is served with the API media
 * type (not application/problem+json). Shapes:
 *
 * - "recorded" style (default): the bodies as recorded from bol. 400 has
 *   type/title/status/detail/host/instance/violations; 404 (and the other
 *   4xx the simulator adds) the same without violations; 401 and 429 only
 *   title/status/detail; 403 title/status/detail/host.
 * - "schema" style: every Problem carries all the fields the OpenAPI
 *   `Problem` schema requires (type and violations included, [] if none).
 */
export const RETAILER_MEDIA_TYPE = "application/vnd.retailer.v10+json"
export const ADVERTISER_MEDIA_TYPE = "application/vnd.advertiser.v10+json"
export const PROBLEM_TYPE = "https://api.bol.com/problems"
export const VALIDATION_TITLE =
  "Error validating request. Consult the bol.com API documentation for more information."

export type ProblemStyle = "recorded" | "schema"
export type Violation = { name: string; reason: string }

/** Which optional fields bol's recorded bodies carry for a problem. */
export type ProblemShape = "full" | "noViolations" | "bare" | "host"

export type Problem = {
  status: number
  title: string
  detail: string
  violations?: Violation[]
  shape: ProblemShape
}

export function problemBody(
  problem: Problem,
  context: { style: ProblemStyle; instance: string; host: string }
): Record<string, unknown> {
  if (context.style === "schema") {
    return {
      type: PROBLEM_TYPE,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      host: context.host,
      instance: context.instance,
      violations: problem.violations ?? [],
    }
  }
  switch (problem.shape) {
    case "bare":
      return { title: problem.title, status: problem.status, detail: problem.detail }
    case "host":
      return { title: problem.title, status: problem.status, detail: problem.detail, host: context.host }
    case "noViolations":
      return {
        type: PROBLEM_TYPE,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        host: context.host,
        instance: context.instance,
      }
    default:
      return {
        type: PROBLEM_TYPE,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        host: context.host,
        instance: context.instance,
        violations: problem.violations ?? [],
      }
  }
}

export const badRequest = (violations: Violation[], detail = "Bad request"): Problem => ({
  status: 400,
  title: VALIDATION_TITLE,
  detail,
  violations,
  shape: "full",
})

export const notFound = (detail: string): Problem => ({ status: 404, title: "Not Found", detail, shape: "noViolations" })

export const expiredJwt = (expiredAtIso: string, nowIso: string, differenceMs: number): Problem => ({
  status: 401,
  title: "Expired JWT",
  // Two spaces before "Allowed", as bol writes it.
  detail: `JWT expired at ${expiredAtIso}. Current time: ${nowIso}, a difference of ${differenceMs} milliseconds.  Allowed clock skew: 1000 milliseconds.`,
  shape: "bare",
})

export const unauthorized = (detail: string): Problem => ({ status: 401, title: "Unauthorized", detail, shape: "bare" })

export const forbiddenInactive = (): Problem => ({
  status: 403,
  title: "Forbidden",
  detail: "Account is not active, access denied. Please contact partnerservice if this is unexpected.",
  shape: "host",
})

/** Without `retryAfterSeconds` the detail states no wait ("Too many requests."). */
export const tooManyRequests = (retryAfterSeconds?: number): Problem => ({
  status: 429,
  title: "Too Many Requests",
  detail: retryAfterSeconds === undefined ? "Too many requests." : `Too many requests, retry in ${retryAfterSeconds} seconds.`,
  shape: "bare",
})

export const notAcceptable = (accept: string | undefined, supported: string[]): Problem => ({
  status: 406,
  title: "Not Acceptable",
  detail: `${accept ? `Media type '${accept}' is not supported` : "No Accept header given"}; use Accept: ${supported.join(" or ")}.`,
  shape: "noViolations",
})

export const unsupportedMediaType = (contentType: string | undefined): Problem => ({
  status: 415,
  title: "Unsupported Media Type",
  detail: `Content type '${contentType ?? ""}' is not supported; use Content-Type: ${RETAILER_MEDIA_TYPE}.`,
  shape: "noViolations",
})

export const methodNotAllowed = (method: string, allowed: string[]): Problem => ({
  status: 405,
  title: "Method Not Allowed",
  detail: `Request method '${method}' is not supported; allowed: ${allowed.join(", ")}.`,
  shape: "noViolations",
})

export const payloadTooLarge = (): Problem => ({
  status: 413,
  title: "Payload Too Large",
  detail: "The request body is too large.",
  shape: "noViolations",
})

/** An nginx-style HTML error page, as bol's edge serves on 5xx. */
export function htmlErrorPage(status: number): string {
  const line = `${status} ${STATUS_CODES[status] ?? "Error"}`
  return `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

/**
 * A 2xx HTML page where JSON was expected, as a proxy, captive portal or
 * maintenance page serves it (INF: bol's exact page is not recorded).
 */
export function htmlNotJsonPage(): string {
  return `<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>bol.com | Even geduld</title></head>\n<body>\n<h1>We zijn zo weer terug</h1>\n<p>Er wordt onderhoud uitgevoerd. Probeer het later nog eens.</p>\n</body>\n</html>\n`
}

/** OAuth2 error body of the token endpoint. */
export const oauthError = (error: string, description: string) => ({ error, error_description: description })

/** A misuse of the simulator itself (bad option, bad flag): not an HTTP error. */
export class BolSimulatorError extends Error {
  override name = "BolSimulatorError"
}
