import { MedusaError } from "@medusajs/framework/utils"

/** How the bol.com sync engine works (plugin option `bol.sync`; in app mode from `BAZAAR_BOL_*`). */
export type BolSyncOptions = {
  /** Redis for the shared rate-limit budget, token cache and wake queue; default: the project's `redisUrl`. */
  redisUrl?: string
  /** Namespace of the engine's Redis keys (default `bazaar:bol`). */
  redisPrefix?: string
  /** Divides bol's rate-limit windows (a simulator started with the same speed-up); default 1. */
  rateLimitScale?: number
  /** Ids per detail-batch unit (default 25). */
  batchSize?: number
  /** Attempts of a unit that meets 5xx or network errors before its error is recorded (default 5). */
  maxAttempts?: number
  /** First backoff after a 5xx or network error, doubling with each attempt (default 2000 ms). */
  retryBaseMs?: number
  /** A running run without progress for this long is marked failed by the next start (default 30). */
  staleAfterMinutes?: number
  /** Unlisted stubs without a detail (left by earlier runs) that a run queues at most at its end (default 5000). */
  sweepLimit?: number
}

/** The bol.com connector's options (plugin option `bol`). */
export type BolOptions = {
  /** Accounts may use other URLs than bol.com's (simulator, demo); default: on outside production. */
  allowCustomUrls?: boolean
  /** 32 bytes as 64 hex characters or base64 that encrypt client secrets at rest; default `BAZAAR_BOL_ENCRYPTION_KEY`. */
  encryptionKey?: string
  sync?: BolSyncOptions
}

/** The sync engine's settings with every default filled. */
export type BolSyncSettings = {
  redisUrl?: string
  redisPrefix: string
  rateLimitScale: number
  batchSize: number
  maxAttempts: number
  retryBaseMs: number
  staleAfterMs: number
  sweepLimit: number
}

function positive(name: string, value: number | undefined, fallback: number, whole: boolean): number {
  if (value === undefined) {
    return fallback
  }
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option bol.sync.${name} must be a positive ${whole ? "whole " : ""}number (got ${value})`
    )
  }
  return value
}

/** Fills the defaults; a value that cannot work stops the boot with a message naming the option. */
export function resolveBolSyncOptions(sync: BolSyncOptions = {}, projectRedisUrl?: string): BolSyncSettings {
  return {
    redisUrl: sync.redisUrl || projectRedisUrl || undefined,
    redisPrefix: sync.redisPrefix?.trim() || "bazaar:bol",
    rateLimitScale: positive("rateLimitScale", sync.rateLimitScale, 1, false),
    batchSize: positive("batchSize", sync.batchSize, 25, true),
    maxAttempts: positive("maxAttempts", sync.maxAttempts, 5, true),
    retryBaseMs: positive("retryBaseMs", sync.retryBaseMs, 2000, false),
    staleAfterMs: positive("staleAfterMinutes", sync.staleAfterMinutes, 30, false) * 60_000,
    sweepLimit: positive("sweepLimit", sync.sweepLimit, 5000, true),
  }
}

export const DEFAULT_BOL_SYNC_SCHEDULE = "*/15 * * * *"

export type BolSyncSchedule = {
  /** A cron expression, or milliseconds between runs. */
  schedule: string | { interval: number }
  enabled: boolean
}

const OFF = /^(off|false|disabled)$/i

/**
 * When the scheduled sync runs (`BAZAAR_BOL_SYNC_SCHEDULE`: cron, milliseconds or
 * "off"). The one bol setting read from the environment in plugin mode too:
 * Medusa reads a job's schedule when it loads the job file, before any module
 * or option exists. Under NODE_ENV=test it is off unless set, so that a cron
 * tick never starts syncs in the middle of unrelated tests.
 */
export function bolSyncSchedule(env: NodeJS.ProcessEnv = process.env): BolSyncSchedule {
  const value = env.BAZAAR_BOL_SYNC_SCHEDULE?.trim()
  if (value && OFF.test(value)) {
    return { schedule: DEFAULT_BOL_SYNC_SCHEDULE, enabled: false }
  }
  const schedule = !value ? DEFAULT_BOL_SYNC_SCHEDULE : /^\d+$/.test(value) ? { interval: Number(value) } : value
  return { schedule, enabled: Boolean(value) || env.NODE_ENV !== "test" }
}
