import type { IEventBusModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOL_MODULE } from "../../modules/bol"
import { BOL_SHIPMENTS_STORED_EVENT, bolOrderIdsOf } from "../bol-fulfillment/events"
import type BolModuleService from "../../modules/bol/service"
import { bolSyncConnections } from "./process-connections"
import { bolSyncSettings } from "./settings"
import type { SyncDeps } from "./sync-deps"
import { unitEventName, type SyncUnit } from "./units"

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

/** The engine's dependencies from Medusa's container. */
export function syncDepsFrom(container: MedusaContainer): SyncDeps {
  const settings = bolSyncSettings()
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const shared = bolSyncConnections(settings, (error) =>
    logger.warn(`bol rate limiter: ${error instanceof Error ? error.message : String(error)}`)
  )
  const service = container.resolve<BolModuleService>(BOL_MODULE)
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  return {
    service,
    settings,
    pacer: shared.pacer,
    logger,
    clientFor: (accountId) => shared.accounts.get(accountId, (id) => service.clientConfig(id)),
    emit: (units, delayMs) => emitUnits(eventBus, units, delayMs),
    async afterStore(resource, accountId, details) {
      const bolOrderIds = resource === "shipments" ? bolOrderIdsOf(details) : []
      if (bolOrderIds.length) {
        await eventBus.emit({ name: BOL_SHIPMENTS_STORED_EVENT, data: { account_id: accountId, bol_order_ids: bolOrderIds } })
      }
    },
  }
}
