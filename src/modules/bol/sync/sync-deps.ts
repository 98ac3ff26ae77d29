import type { BolSyncStore } from "./store"
import type { AccountClient } from "./account-clients"
import type { BolSyncSettings } from "../../../options/bol"
import type { SyncUnit } from "./units"
import type { WakePacer } from "./wake-pacer"

export type SyncLogger = {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/**
 * Everything a unit handler needs, as plain values, so that the handlers are
 * ordinary functions (see `engine.ts` for how they are built from the
 * module's parts).
 */
export type SyncDeps = {
  service: BolSyncStore
  settings: BolSyncSettings
  clientFor(accountId: string): Promise<AccountClient>
  pacer: WakePacer
  /** Queues units, after `delayMs` when given. */
  emit(units: SyncUnit[], delayMs?: number): Promise<void>
  logger: SyncLogger
  /** Told about every batch of details stored (e.g. to carry tracking codes over to linked orders). */
  afterStore?(resource: string, accountId: string, details: Record<string, unknown>[]): Promise<void>
}
