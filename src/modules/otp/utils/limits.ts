/**
 * Seconds to wait before the next code for a phone number that has had
 * `sentInWindow` codes in the current hour: the base cooldown, doubling with
 * every further send, never more than `maxSeconds`.
 */
export function resendCooldownSeconds(
  sentInWindow: number,
  baseSeconds: number,
  maxSeconds = 3600
): number {
  if (sentInWindow <= 0) return 0
  return Math.min(baseSeconds * 2 ** (sentInWindow - 1), maxSeconds)
}

/** Seconds until the oldest of `timestamps` leaves a window of `windowSeconds`. */
export function secondsUntilWindowFrees(
  timestamps: Date[],
  windowSeconds: number,
  now: Date
): number {
  const oldest = Math.min(...timestamps.map((t) => t.getTime()))
  return Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - now.getTime()) / 1000))
}
