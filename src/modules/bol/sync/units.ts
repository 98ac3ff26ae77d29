/**
 * The work of a sync run is split into units, each one event on Medusa's
 * event bus, handled by a subscriber on whichever worker takes it. A unit
 * that has to wait (no request left in the budget, a 429, a 5xx) is emitted
 * again with a delay; no worker ever sleeps.
 */
export const BOL_SYNC_LIST_PAGE_EVENT = "bazaar.bol_sync.list_page"
export const BOL_SYNC_DETAIL_BATCH_EVENT = "bazaar.bol_sync.detail_batch"

type UnitBase = {
  run_id: string
  account_id: string
  resource: string
  /** Consecutive failed attempts (5xx, network, unexpected errors). */
  attempt: number
}

/** Fetch one page of one list walk; a non-empty page queues the next one. */
export type ListPageUnit = UnitBase & {
  kind: "list_page"
  /** The walk's query parameters, e.g. `{ "fulfilment-method": "FBB" }`. */
  query: Record<string, string>
  page: number
}

/** Fetch and store the details of these ids, one request each. */
export type DetailBatchUnit = UnitBase & {
  kind: "detail_batch"
  ids: string[]
}

export type SyncUnit = ListPageUnit | DetailBatchUnit

export function unitEventName(unit: SyncUnit): string {
  return unit.kind === "list_page" ? BOL_SYNC_LIST_PAGE_EVENT : BOL_SYNC_DETAIL_BATCH_EVENT
}

/** A short name for logs and run errors, e.g. "list shipments FBB page 3", "details shipments 914587795 (+24)". */
export function describeUnit(unit: SyncUnit): string {
  if (unit.kind === "list_page") {
    const query = Object.values(unit.query).join(" ")
    return `list ${unit.resource}${query ? ` ${query}` : ""} page ${unit.page}`
  }
  const more = unit.ids.length > 1 ? ` (+${unit.ids.length - 1})` : ""
  return `details ${unit.resource} ${unit.ids[0] ?? ""}${more}`
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

export function detailUnits(base: Omit<UnitBase, "attempt">, ids: string[], batchSize: number): DetailBatchUnit[] {
  return chunk(ids, batchSize).map((batch) => ({ ...base, kind: "detail_batch", ids: batch, attempt: 0 }))
}
