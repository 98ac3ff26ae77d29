/**
 * The sync engine's knobs, read from the environment each time they are
 * needed (tests and benchmarks set them before the app boots). Defaults suit
 * bol.com in production; see README.md for what each one does.
 */
export type BolSyncSettings = {
  /** Redis for the shared rate-limit budget, token cache and wake queue (`BAZAAR_BOL_REDIS_URL`, else `REDIS_URL`). */
  redisUrl?: string
  /** Namespace of the engine's Redis keys. */
  redisPrefix: string
  /** Divides bol's rate-limit windows (a simulator started with the same speed-up). */
  rateLimitScale: number
  /** Ids per detail-batch unit. */
  batchSize: number
  /** Attempts of a unit that meets 5xx or network errors before its error is recorded. */
  maxAttempts: number
  /** First backoff after a 5xx or network error; doubles with each attempt. */
  retryBaseMs: number
  /** A running run without progress for this long is marked failed by the next start. */
  staleAfterMs: number
  /** Unlisted stubs without a detail (left by earlier runs) that a run queues at most at its end. */
  sweepLimit: number
  /** The scheduled job: a cron expression, or milliseconds between runs. */
  schedule: string | { interval: number }
  scheduleEnabled: boolean
}

export const DEFAULT_SCHEDULE = "*/15 * * * *"

function positive(value: string | undefined, fallback: number): number {
  const number = value === undefined || value.trim() === "" ? NaN : Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

function schedule(value: string | undefined): BolSyncSettings["schedule"] {
  const trimmed = value?.trim()
  if (!trimmed || /^(off|false|disabled)$/i.test(trimmed)) {
    return DEFAULT_SCHEDULE
  }
  return /^\d+$/.test(trimmed) ? { interval: Number(trimmed) } : trimmed
}

/**
 * Scheduled syncs run unless switched off; under test (NODE_ENV=test) they
 * are off unless a schedule is given, so that a cron tick never starts syncs
 * in the middle of unrelated tests.
 */
function scheduleEnabled(env: NodeJS.ProcessEnv): boolean {
  const value = env.BAZAAR_BOL_SYNC_SCHEDULE?.trim()
  if (value && /^(off|false|disabled)$/i.test(value)) {
    return false
  }
  return Boolean(value) || env.NODE_ENV !== "test"
}

export function bolSyncSettings(env: NodeJS.ProcessEnv = process.env): BolSyncSettings {
  return {
    redisUrl: env.BAZAAR_BOL_REDIS_URL || env.REDIS_URL || undefined,
    redisPrefix: env.BAZAAR_BOL_REDIS_PREFIX?.trim() || "bazaar:bol",
    rateLimitScale: positive(env.BAZAAR_BOL_RATE_LIMIT_SCALE, 1),
    batchSize: Math.max(1, Math.floor(positive(env.BAZAAR_BOL_SYNC_BATCH_SIZE, 25))),
    maxAttempts: Math.max(1, Math.floor(positive(env.BAZAAR_BOL_SYNC_MAX_ATTEMPTS, 5))),
    retryBaseMs: positive(env.BAZAAR_BOL_SYNC_RETRY_BASE_MS, 2000),
    staleAfterMs: positive(env.BAZAAR_BOL_SYNC_STALE_MINUTES, 30) * 60_000,
    sweepLimit: Math.floor(positive(env.BAZAAR_BOL_SYNC_SWEEP_LIMIT, 5000)),
    schedule: schedule(env.BAZAAR_BOL_SYNC_SCHEDULE),
    scheduleEnabled: scheduleEnabled(env),
  }
}
