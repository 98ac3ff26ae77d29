import type { BolClient } from "../client/client"
import { systemClock, type Clock } from "../client/clock"
import type { BolAccountConnection, BolConnections } from "../client/connections"
import { budgetKeyFor } from "../client/limiter"
import type { BolRateLimitGroup, GroupLimit } from "../client/rate-limit-groups"

/** A client for one account, and what the engine needs to know about its budget. */
export type AccountClient = {
  client: BolClient
  /** Names the (bol client id) budget in the wake queue. */
  budgetKey: string
  /** The limit in force for one of the account's endpoint groups. */
  limit(group: BolRateLimitGroup): GroupLimit
  /** Its refill interval: one request every `windowMs / maxCapacity`. */
  intervalMs(group: BolRateLimitGroup): number
}

type Cached = { entry: AccountClient; expiresAt: number }

/** How long a decrypted account stays cached; credential changes apply within this time. */
const TTL_MS = 60_000

/**
 * Clients per account for this process, so that units do not read and
 * decrypt the account for every page. The decrypted secret lives only in the
 * client's credentials, never in a unit's payload or a log line.
 */
export class AccountClients {
  private readonly cache = new Map<string, Cached>()

  constructor(
    private readonly connections: BolConnections,
    private readonly clock: Clock = systemClock
  ) {}

  async get(accountId: string, load: (accountId: string) => Promise<BolAccountConnection>): Promise<AccountClient> {
    const cached = this.cache.get(accountId)
    if (cached && cached.expiresAt > this.clock.now()) {
      return cached.entry
    }
    const account = await load(accountId)
    const limiter = this.connections.limiterFor(account.clientId)
    const entry: AccountClient = {
      client: this.connections.clientFor(account),
      budgetKey: budgetKeyFor(account.clientId),
      limit: (group) => limiter.limitOf(group),
      intervalMs(group) {
        const limit = limiter.limitOf(group)
        return limit.windowMs / limit.maxCapacity
      },
    }
    this.cache.set(accountId, { entry, expiresAt: this.clock.now() + TTL_MS })
    return entry
  }

  forget(accountId: string): void {
    this.cache.delete(accountId)
  }
}
