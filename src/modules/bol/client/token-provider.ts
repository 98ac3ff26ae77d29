import { createHash } from "crypto"
import type Redis from "ioredis"
import { systemClock, type Clock } from "./clock"
import type { FetchLike } from "./http"
import { RedisTokenCache, type CachedToken } from "./redis-token-cache"
import { requestAccessToken, type BolCredentials } from "./token-request"

export type { BolCredentials }

export type BolTokenProviderOptions = {
  /** Share tokens across processes (recommended with several workers). */
  redis?: Redis
  /** Namespace of the Redis keys (default `bazaar:bol`). */
  keyPrefix?: string
  /** Refresh this long before `expires_in` runs out (default 30 s). */
  refreshMarginMs?: number
  /** The clock that decides expiry (tests move a simulated one); `clock.now` when absent. */
  now?: () => number
  /** Time for expiry and for waiting on another process's token refresh (default: the real clock). */
  clock?: Clock
  fetch?: FetchLike
  /** Timeout of one token request (default 15 s). */
  timeoutMs?: number
}

type LocalEntry = { token: string; refreshAt: number }

/**
 * Access tokens for bol accounts: one per (account id, client id), reused
 * until shortly before it expires (bol asks clients not to fetch a token per
 * request). Concurrent callers share one token request; with Redis, every
 * process shares the token too.
 */
export class BolTokenProvider {
  private readonly local = new Map<string, LocalEntry>()
  private readonly pending = new Map<string, Promise<string>>()
  private readonly shared?: RedisTokenCache
  private readonly now: () => number
  private readonly marginMs: number

  constructor(private readonly options: BolTokenProviderOptions = {}) {
    const clock = options.clock ?? systemClock
    this.now = options.now ?? (() => clock.now())
    this.marginMs = options.refreshMarginMs ?? 30_000
    if (options.redis) {
      this.shared = new RedisTokenCache(options.redis, options.keyPrefix ?? "bazaar:bol", clock)
    }
  }

  /** A valid access token for the account (cached, or fetched once for all waiting callers). */
  async getToken(credentials: BolCredentials): Promise<string> {
    const key = cacheKey(credentials)
    const cached = this.local.get(key)
    if (cached && this.now() < cached.refreshAt) {
      return cached.token
    }
    let pending = this.pending.get(key)
    if (!pending) {
      pending = this.obtain(key, credentials).finally(() => this.pending.delete(key))
      this.pending.set(key, pending)
    }
    return pending
  }

  /**
   * Forgets a token bol rejected (401), so the next `getToken` fetches a new
   * one. With `token`, only that token is forgotten: a newer one that another
   * caller already fetched is kept.
   */
  async invalidate(credentials: BolCredentials, token?: string): Promise<void> {
    const key = cacheKey(credentials)
    const cached = this.local.get(key)
    if (cached && (token === undefined || cached.token === token)) {
      this.local.delete(key)
    }
    const stale = token ?? cached?.token
    if (this.shared && stale) {
      await this.shared.delete(key, stale)
    }
  }

  private async obtain(key: string, credentials: BolCredentials): Promise<string> {
    const fromShared = this.shared ? await this.shared.get(key) : undefined
    const entry =
      fromShared ??
      (this.shared
        ? await this.shared.refreshOnce(key, () => this.fetchToken(credentials))
        : await this.fetchToken(credentials))
    this.local.set(key, { token: entry.token, refreshAt: this.now() + entry.refreshInMs })
    return entry.token
  }

  private async fetchToken(credentials: BolCredentials): Promise<CachedToken> {
    const { accessToken, expiresInSeconds } = await requestAccessToken(credentials, {
      fetch: this.options.fetch ?? fetch,
      timeoutMs: this.options.timeoutMs ?? 15_000,
    })
    const lifetimeMs = expiresInSeconds * 1000
    // Short-lived tokens (tests) are refreshed halfway rather than never used.
    const refreshInMs = Math.max(lifetimeMs / 2, lifetimeMs - this.marginMs)
    return { token: accessToken, refreshInMs }
  }
}

/** Account id plus a digest of the client id (new credentials mean a new token). */
function cacheKey(credentials: BolCredentials): string {
  const client = createHash("sha256").update(credentials.clientId).digest("hex").slice(0, 16)
  return `${credentials.accountId}:${client}`
}
