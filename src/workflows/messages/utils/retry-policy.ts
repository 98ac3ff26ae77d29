import type { ResolvedMessageOptions } from "../../../options/messages"

export type Attempt = { id: string; status: string; created_at: Date | string }

export type RetryDecision =
  | { action: "retry"; why: "failed" | "pending_too_long"; attempt: number }
  | { action: "wait" | "done" | "gave_up" }

const ms = (value: Date | string) => new Date(value).getTime()

/** Delay after the `attempts`-th attempt: base × 2^(attempts−1), at most the maximum. */
export function backoffSeconds(attempts: number, retry: ResolvedMessageOptions["retry"]): number {
  return Math.min(retry.baseDelaySeconds * 2 ** Math.max(0, attempts - 1), retry.maxDelaySeconds)
}

/**
 * Whether a message (its first send and every retry, oldest first) is due for another attempt at
 * `now`: its latest attempt failed and the backoff has passed, or it has been `pending` longer than
 * the timeout (a crash between the provider call and the status update); never past `maxAttempts`.
 */
export function retryDecision(attempts: Attempt[], now: Date, retry: ResolvedMessageOptions["retry"]): RetryDecision {
  const latest = attempts[attempts.length - 1]
  if (!latest || latest.status === "success") return { action: "done" }
  if (attempts.length >= retry.maxAttempts) return { action: "gave_up" }
  const age = now.getTime() - ms(latest.created_at)
  if (latest.status === "failure") {
    return age >= backoffSeconds(attempts.length, retry) * 1000
      ? { action: "retry", why: "failed", attempt: attempts.length + 1 }
      : { action: "wait" }
  }
  return age >= retry.pendingTimeoutMinutes * 60_000
    ? { action: "retry", why: "pending_too_long", attempt: attempts.length + 1 }
    : { action: "wait" }
}

/** The idempotency key of a message's n-th attempt (the first keeps the message's own key). */
export function attemptKey(rootKey: string, kind: "retry" | "resend", attempt: number): string {
  return `${rootKey}#${kind}-${attempt}`
}
