import type { BolSyncStore } from "./store"
import type { BolResourceDefinition } from "../client/resources"

/**
 * Where a resource's synced data goes. Shipments have tables of their own;
 * every other resource (orders, returns, and any added to the resource table)
 * is stored as generic records, so a new resource needs no code here.
 */
export type SyncState = { listSeenAt: Date | null; detailSyncedAt: Date | null }

const STATE_FIELDS = ["list_seen_at", "detail_synced_at"]

function stateOf(row: any): SyncState {
  return { listSeenAt: row.list_seen_at ?? null, detailSyncedAt: row.detail_synced_at ?? null }
}

/** Whether `at` is set and not before `since` (e.g. seen or synced during this run). */
export function isSince(at: Date | null | undefined, since: Date): boolean {
  return !!at && new Date(at).getTime() >= new Date(since).getTime()
}

export type ResourceStore = {
  /** Stores the entries of a list page (new ones become stubs awaiting their detail). */
  saveListPage(accountId: string, entries: Record<string, unknown>[], query: Record<string, string>): Promise<void>
  /** Stores full details; answers how many were written. */
  saveDetails(accountId: string, details: Record<string, unknown>[]): Promise<number>
  /** When each of these ids was last seen on a list, and last got its detail (null: never, or it went stale). */
  syncState(accountId: string, ids: string[]): Promise<Map<string, SyncState>>
  /** Ids still waiting for a detail, left by earlier runs. */
  missingDetail(accountId: string, limit: number): Promise<string[]>
}

function shipmentStore(service: BolSyncStore): ResourceStore {
  return {
    async saveListPage(accountId, entries, query) {
      await service.markShipmentsSeen(accountId, entries, { fulfilment_method: query["fulfilment-method"] })
    },
    async saveDetails(accountId, details) {
      return (await service.upsertShipmentDetails(accountId, details)).upserted
    },
    async syncState(accountId, ids) {
      if (ids.length === 0) {
        return new Map()
      }
      const rows = await service.listBolShipments(
        { account_id: accountId, shipment_id: ids },
        { select: ["shipment_id", ...STATE_FIELDS], take: ids.length }
      )
      return new Map(rows.map((row: any) => [row.shipment_id as string, stateOf(row)]))
    },
    missingDetail: (accountId, limit) => service.shipmentsMissingDetail(accountId, limit),
  }
}

function recordStore(service: BolSyncStore, resource: BolResourceDefinition): ResourceStore {
  return {
    async saveListPage(accountId, entries) {
      await service.upsertRecords(accountId, resource.name, entries, { detail: false })
    },
    async saveDetails(accountId, details) {
      return (await service.upsertRecords(accountId, resource.name, details, { detail: true })).upserted
    },
    async syncState(accountId, ids) {
      if (ids.length === 0) {
        return new Map()
      }
      const rows = await service.listBolRecords(
        { account_id: accountId, resource: resource.name, external_id: ids },
        { select: ["external_id", ...STATE_FIELDS], take: ids.length }
      )
      return new Map(rows.map((row: any) => [row.external_id as string, stateOf(row)]))
    },
    missingDetail: (accountId, limit) => service.recordsMissingDetail(accountId, resource.name, limit),
  }
}

export function resourceStore(service: BolSyncStore, resource: BolResourceDefinition): ResourceStore {
  return resource.name === "shipments" ? shipmentStore(service) : recordStore(service, resource)
}
