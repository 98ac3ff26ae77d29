/**
 * Typed failures of the bol.com client. Messages are safe to log: they never
 * carry a client secret, an access token or an HTML error page.
 */
export class BolError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** The token server refused the credentials (400/401 `invalid_client`, `invalid_request`). */
export class BolAuthError extends BolError {
  constructor(
    message: string,
    readonly status: number,
    /** OAuth error code, e.g. `invalid_client`. */
    readonly code?: string,
    /** The token server refused the credentials themselves (not a token the API then rejected). */
    readonly credentialsRefused = false
  ) {
    super(message)
  }
}

/**
 * The (client, endpoint group) budget is spent: retry after `retryAfterMs`.
 * `fromServer` is true for a 429 from bol, false when the local limiter held
 * the request back without sending it.
 */
export class BolRateLimitedError extends BolError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    /** The rate-limit group of the refused request, when known. */
    readonly group?: string,
    readonly fromServer = true
  ) {
    super(message)
  }
}

/**
 * A failure that may pass on a later attempt: 5xx (HTML or Problem bodies),
 * a dropped connection, a timeout. `status` is absent for network errors.
 */
export class BolTransientError extends BolError {
  constructor(
    message: string,
    readonly status?: number,
    /** Network error code (ECONNRESET, ETIMEDOUT, …) when there was no answer. */
    readonly code?: string,
    /** Server hint from Retry-After, when it sent one. */
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

export type BolViolation = { name: string; reason: string }

/** Any other 4xx answer, with the fields of bol's Problem body. */
export class BolRequestError extends BolError {
  constructor(
    message: string,
    readonly status: number,
    readonly title?: string,
    readonly detail?: string,
    readonly violations: BolViolation[] = []
  ) {
    super(message)
  }
}

/** True for failures worth retrying later (rate limits and transient errors). */
export function isRetryableBolError(error: unknown): error is BolRateLimitedError | BolTransientError {
  return error instanceof BolRateLimitedError || error instanceof BolTransientError
}
