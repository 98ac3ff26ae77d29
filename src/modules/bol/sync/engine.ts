import type { IEventBusModuleService } from "@medusajs/framework/types"
import type { BolAccountConnection } from "../client/connections"
import type { BolSyncConnections } from "../loaders/connections"
import type { BolSyncStore } from "./store"
import { runDetailBatchUnit } from "./detail-batch"
import { runListPageUnit } from "./list-page"
import { BOL_SHIPMENTS_STORED_EVENT, bolOrderIdsOf } from "./shipments-stored"
import type { SyncDeps, SyncLogger } from "./sync-deps"
import { describeUnit, unitEventName, type SyncUnit } from "./units"

/**
 * Queues units on Medusa's event bus. `delay` is honoured by both the local
 * and the Redis (BullMQ) event bus. `internal` keeps the bus from logging
 * every unit and, with Redis, gives them the lowest priority, so that a long
 * sync never holds up the shop's own events.
 */
export async function emitUnits(eventBus: IEventBusModuleService, units: SyncUnit[], delayMs?: number): Promise<void> {
  if (units.length === 0) {
    return
  }
  const options: Record<string, unknown> = { internal: true }
  if (delayMs && delayMs > 0) {
    options.delay = Math.ceil(delayMs)
  }
  await eventBus.emit(
    units.map((unit) => ({ name: unitEventName(unit), data: unit })),
    options
  )
}

export type SyncEngineParts = {
  service: BolSyncStore
  shared: BolSyncConnections
  eventBus: IEventBusModuleService
  logger: SyncLogger
  /** The account's connection, with its decrypted secret; stays inside the module. */
  connectionOf(accountId: string): Promise<BolAccountConnection>
}

/** The unit handlers' dependencies, from the module's own parts. */
export function syncDeps(parts: SyncEngineParts): SyncDeps {
  const { service, shared, eventBus, logger } = parts
  return {
    service,
    settings: shared.settings,
    pacer: shared.pacer,
    logger,
    clientFor: (accountId) => shared.accounts.get(accountId, parts.connectionOf),
    emit: (units, delayMs) => emitUnits(eventBus, units, delayMs),
    async afterStore(resource, accountId, details) {
      const bolOrderIds = resource === "shipments" ? bolOrderIdsOf(details) : []
      if (bolOrderIds.length) {
        await eventBus.emit({ name: BOL_SHIPMENTS_STORED_EVENT, data: { account_id: accountId, bol_order_ids: bolOrderIds } })
      }
    },
  }
}

/** Runs one unit; a failure is recorded on its run, and only a failure to record it is logged here. */
export async function runSyncUnit(deps: SyncDeps, unit: SyncUnit): Promise<void> {
  try {
    await (unit.kind === "list_page" ? runListPageUnit(deps, unit) : runDetailBatchUnit(deps, unit))
  } catch (error) {
    // Only reached when even recording the failure failed (database down); the run goes stale.
    deps.logger.error(`bol sync ${unit.run_id} ${describeUnit(unit)} lost: ${(error as Error)?.message}`)
  }
}
