import { BolAuthError, BolRateLimitedError, BolRequestError, BolTransientError } from "../client/errors"
import { MAX_RATE_LIMIT_WAIT_MS } from "../client/retry-after"

/**
 * What went wrong with a unit, as far as rescheduling is concerned:
 * - `budget`: no request left (our limiter said so, or bol answered 429); come back later.
 * - `transient`: 5xx, network error, timeout, or an unexpected error (database); retry with backoff.
 * - `permanent`: bol refused the request or the credentials; retrying would not help.
 */
export type UnitFailure =
  | { kind: "budget"; retryInMs: number; group?: string; fromServer: boolean }
  | { kind: "transient"; status?: number; message: string; hintMs?: number }
  | { kind: "permanent"; status?: number; message: string; credentialsRefused?: boolean; accountInactive?: boolean }

const MAX_MESSAGE = 300

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message
}

export function classifyFailure(error: unknown): UnitFailure {
  if (error instanceof BolRateLimitedError) {
    return { kind: "budget", retryInMs: error.retryAfterMs, group: error.group, fromServer: error.fromServer }
  }
  if (error instanceof BolTransientError) {
    return { kind: "transient", status: error.status, message: shortMessage(error), hintMs: error.retryAfterMs }
  }
  if (error instanceof BolAuthError) {
    return { kind: "permanent", status: error.status, message: shortMessage(error), credentialsRefused: error.credentialsRefused }
  }
  if (error instanceof BolRequestError) {
    // bol answers 403 to every call of a retailer account it has deactivated.
    return { kind: "permanent", status: error.status, message: shortMessage(error), accountInactive: error.status === 403 }
  }
  return { kind: "transient", message: shortMessage(error) }
}

const MAX_BACKOFF_MS = 5 * 60_000

/**
 * Exponential backoff for the `attempt`-th retry (0-based), never shorter than
 * the server's hint, never longer than `MAX_RATE_LIMIT_WAIT_MS`.
 */
export function backoffMs(attempt: number, baseMs: number, hintMs = 0): number {
  return Math.min(MAX_RATE_LIMIT_WAIT_MS, Math.max(hintMs, Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt)))
}

/** A little randomness, so that units refused together do not all come back in the same millisecond. */
export function withJitter(delayMs: number): number {
  return Math.round(delayMs + Math.random() * Math.min(50, delayMs * 0.1))
}
