import { BolClient, type SlotPolicy } from "./client"
import type { FetchLike } from "./http"
import { BolRateLimiter, budgetKeyFor } from "./limiter"
import type { BolRateLimitGroup, GroupLimit } from "./rate-limit-groups"
import { connectBolRedis, type BolRedis } from "./redis-connection"
import { BolTokenProvider } from "./token-provider"

/** What a client needs to know about an account (the bol service builds it, with the decrypted secret, and never hands it out). */
export type BolAccountConnection = {
  accountId: string
  clientId: string
  clientSecret: string
  apiBaseUrl: string
  tokenUrl: string
}

export type BolConnectionsOptions = {
  /** With Redis, tokens and rate-limit budgets are shared by every process. */
  redisUrl?: string
  /** Override bol's published limits (e.g. scaled for the simulator). */
  limits?: Partial<Record<BolRateLimitGroup, GroupLimit>>
  keyPrefix?: string
  fetch?: FetchLike
  timeoutMs?: number
  onError?: (error: unknown) => void
  /** Told when a client cut a rate-limit wait to its maximum. */
  onWarning?: (message: string) => void
}

/**
 * One per process: a token provider shared by all accounts and one rate
 * limiter per bol client id, so every client built here shares them.
 */
export class BolConnections {
  readonly tokens: BolTokenProvider
  private readonly redis?: BolRedis
  private readonly limiters = new Map<string, BolRateLimiter>()

  constructor(private readonly options: BolConnectionsOptions = {}) {
    this.redis = options.redisUrl ? connectBolRedis(options.redisUrl) : undefined
    this.tokens = new BolTokenProvider({ redis: this.redis?.redis, keyPrefix: options.keyPrefix, fetch: options.fetch })
  }

  /** The budget of a bol client id (bol counts per client id, not per Bazaar account). */
  limiterFor(clientId: string): BolRateLimiter {
    const key = budgetKeyFor(clientId)
    let limiter = this.limiters.get(key)
    if (!limiter) {
      limiter = new BolRateLimiter({
        budgetKey: key,
        limits: this.options.limits,
        redis: this.redis,
        keyPrefix: this.options.keyPrefix,
        onError: this.options.onError,
      })
      this.limiters.set(key, limiter)
    }
    return limiter
  }

  clientFor(account: BolAccountConnection, options: { slots?: SlotPolicy } = {}): BolClient {
    return new BolClient({
      credentials: {
        accountId: account.accountId,
        clientId: account.clientId,
        clientSecret: account.clientSecret,
        tokenUrl: account.tokenUrl,
      },
      apiBaseUrl: account.apiBaseUrl,
      tokens: this.tokens,
      limiter: this.limiterFor(account.clientId),
      slots: options.slots,
      fetch: this.options.fetch,
      timeoutMs: this.options.timeoutMs,
      warn: this.options.onWarning,
    })
  }

  async close(): Promise<void> {
    await Promise.all([...this.limiters.values()].map((limiter) => limiter.close()))
    this.limiters.clear()
    await this.redis?.close()
  }
}
