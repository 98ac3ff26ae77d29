import type { ConfigModule, LoaderOptions, Logger } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { resolveBolSyncOptions, type BolSyncSettings } from "../../../options/bol"
import type { BazaarOptions } from "../../../options/types"
import { BolConnections } from "../client/connections"
import { DEFAULT_GROUP_LIMITS, scaleLimits } from "../client/rate-limit-groups"
import { AccountClients } from "../sync/account-clients"
import { LocalWakePacer, RedisWakePacer, type WakePacer } from "../sync/wake-pacer"

/** What every bol.com call of this process shares: one budget and token cache per bol client, one wake queue. */
export type BolSyncConnections = {
  settings: BolSyncSettings
  connections: BolConnections
  accounts: AccountClients
  pacer: WakePacer
  close(): Promise<void>
}

export const BOL_CONNECTIONS_KEY = "bolSyncConnections"

function projectRedisUrl(container: LoaderOptions["container"]): string | undefined {
  try {
    return container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.redisUrl
  } catch {
    return undefined
  }
}

/**
 * Creates the module's connections once, when Medusa loads the module; the
 * service closes them in its shutdown hook. With a Redis URL (option
 * `bol.sync.redisUrl`, else the project's `redisUrl`) the rate-limit budgets,
 * access tokens and wake queue are shared with every other process using the
 * same Redis and key prefix.
 */
export default async function bolConnectionsLoader({ container, options, logger }: LoaderOptions<BazaarOptions>) {
  const settings = resolveBolSyncOptions(options?.bol?.sync, projectRedisUrl(container))
  const warn = (error: unknown) =>
    (logger as Logger | undefined)?.warn(`bol rate limiter: ${error instanceof Error ? error.message : String(error)}`)
  const limits = settings.rateLimitScale === 1 ? undefined : scaleLimits(DEFAULT_GROUP_LIMITS, settings.rateLimitScale)
  const connections = new BolConnections({
    redisUrl: settings.redisUrl,
    keyPrefix: settings.redisPrefix,
    limits,
    onError: warn,
    onWarning: (message) => (logger as Logger | undefined)?.warn(message),
  })
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { maxRetriesPerRequest: 3 }) : undefined
  const shared: BolSyncConnections = {
    settings,
    connections,
    accounts: new AccountClients(connections),
    pacer: redis ? new RedisWakePacer(redis, settings.redisPrefix) : new LocalWakePacer(),
    async close() {
      await connections.close()
      await redis?.quit().catch(() => redis.disconnect())
    },
  }
  container.register(BOL_CONNECTIONS_KEY, asValue(shared))
}
