import Redis from "ioredis"
import { BolConnections } from "../../modules/bol/client/connections"
import { DEFAULT_GROUP_LIMITS, scaleLimits } from "../../modules/bol/client/rate-limit-groups"
import { AccountClients } from "./account-clients"
import type { BolSyncSettings } from "./settings"
import { LocalWakePacer, RedisWakePacer, type WakePacer } from "./wake-pacer"

/** What every sync unit of this process shares: one budget and token cache per bol client, one wake queue. */
export type BolSyncConnections = {
  connections: BolConnections
  accounts: AccountClients
  pacer: WakePacer
  close(): Promise<void>
}

// On globalThis rather than in module scope: the app and its tests may load
// this file through different module registries, and there must be one per process.
const SLOT = Symbol.for("bazaar.bol-sync.connections")
type Holder = { [SLOT]?: BolSyncConnections }

function create(settings: BolSyncSettings, onError: (error: unknown) => void): BolSyncConnections {
  const limits = settings.rateLimitScale === 1 ? undefined : scaleLimits(DEFAULT_GROUP_LIMITS, settings.rateLimitScale)
  const connections = new BolConnections({
    redisUrl: settings.redisUrl,
    keyPrefix: settings.redisPrefix,
    limits,
    onError,
  })
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 3 }) : undefined
  return {
    connections,
    accounts: new AccountClients(connections),
    pacer: redis ? new RedisWakePacer(redis, settings.redisPrefix) : new LocalWakePacer(),
    async close() {
      await connections.close()
      await redis?.quit().catch(() => redis.disconnect())
    },
  }
}

/**
 * The process's connections, created on first use. With `REDIS_URL` the
 * rate-limit budgets, access tokens and wake queue are shared with every
 * other process using the same Redis and key prefix.
 */
export function bolSyncConnections(settings: BolSyncSettings, onError: (error: unknown) => void): BolSyncConnections {
  const holder = globalThis as Holder
  holder[SLOT] ??= create(settings, onError)
  return holder[SLOT]
}

/** Closes the process's connections (at shutdown, or between test suites). */
export async function closeBolSyncConnections(): Promise<void> {
  const holder = globalThis as Holder
  const current = holder[SLOT]
  delete holder[SLOT]
  await current?.close()
}
