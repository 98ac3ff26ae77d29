import { randomUUID } from "crypto"
import type Redis from "ioredis"
import { systemClock, type Clock } from "./clock"

/** Deletes KEYS[1] only while it still holds ARGV[1]. */
const DELETE_IF_EQUAL = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0`

const LOCK_TTL_MS = 10_000
const POLL_INTERVAL_MS = 100

export type CachedToken = { token: string; refreshInMs: number }

/**
 * Access tokens shared by every process through Redis: one key per account,
 * expiring when the token should be refreshed, and a short lock so that only
 * one process asks bol for a new token at a time.
 */
export class RedisTokenCache {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly clock: Clock = systemClock
  ) {}

  async get(key: string): Promise<CachedToken | undefined> {
    const results = await this.redis.multi().get(this.tokenKey(key)).pttl(this.tokenKey(key)).exec()
    const token = results?.[0]?.[1]
    const ttl = Number(results?.[1]?.[1])
    return typeof token === "string" && ttl > 0 ? { token, refreshInMs: ttl } : undefined
  }

  async set(key: string, token: string, refreshInMs: number): Promise<void> {
    if (refreshInMs > 0) {
      await this.redis.set(this.tokenKey(key), token, "PX", Math.ceil(refreshInMs))
    }
  }

  /** Forgets `token` unless another process already replaced it. */
  async delete(key: string, token: string): Promise<void> {
    await this.redis.eval(DELETE_IF_EQUAL, 1, this.tokenKey(key), token)
  }

  /**
   * Runs `refresh` while holding the account's lock. If another process holds
   * it, waits for the token that process stores instead (or, when the lock
   * lapses without one, refreshes anyway).
   */
  async refreshOnce(key: string, refresh: () => Promise<CachedToken>): Promise<CachedToken> {
    const lockKey = `${this.tokenKey(key)}:lock`
    const owner = randomUUID()
    const deadline = this.clock.now() + LOCK_TTL_MS
    while (this.clock.now() < deadline) {
      if ((await this.redis.set(lockKey, owner, "PX", LOCK_TTL_MS, "NX")) === "OK") {
        try {
          // Another process may have stored a token between our miss and the lock.
          const stored = await this.get(key)
          if (stored) {
            return stored
          }
          const fresh = await refresh()
          await this.set(key, fresh.token, fresh.refreshInMs)
          return fresh
        } finally {
          await this.redis.eval(DELETE_IF_EQUAL, 1, lockKey, owner).catch(() => undefined)
        }
      }
      await this.clock.sleep(POLL_INTERVAL_MS)
      const shared = await this.get(key)
      if (shared) {
        return shared
      }
    }
    return refresh()
  }

  private tokenKey(key: string): string {
    return `${this.keyPrefix}:token:${key}`
  }
}
