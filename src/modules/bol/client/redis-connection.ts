import Bottleneck from "bottleneck"
import Redis from "ioredis"

/**
 * The Redis clients the bol connector shares within one process: `redis` for
 * the token cache, `bottleneck` for clustered rate limiters (Bottleneck keeps
 * its own pair of connections for commands and pub/sub).
 */
export type BolRedis = {
  redis: Redis
  bottleneck: Bottleneck.IORedisConnection
  close(): Promise<void>
}

/**
 * Connects to Redis from a URL, or reuses a client (which `close()` then
 * leaves open: its owner closes it).
 */
export function connectBolRedis(urlOrClient: string | Redis): BolRedis {
  const owned = typeof urlOrClient === "string"
  const redis = owned ? new Redis(urlOrClient, { maxRetriesPerRequest: 3 }) : urlOrClient
  const bottleneck = new Bottleneck.IORedisConnection({ client: redis.duplicate(), Redis })
  return {
    redis,
    bottleneck,
    async close() {
      await bottleneck.disconnect(true).catch(() => undefined)
      if (owned) {
        await redis.quit().catch(() => redis.disconnect())
      }
    },
  }
}
