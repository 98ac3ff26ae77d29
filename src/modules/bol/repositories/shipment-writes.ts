import { generateEntityId } from "@medusajs/framework/utils"
import { shipmentDetailRows, shipmentStubRow, type ShipmentStubRow } from "./shipment-rows"
import type { SqlManager, UpsertResult } from "../types"

/*
 * Shipment writes in plain SQL: each statement upserts a whole batch from one
 * JSON parameter (jsonb_to_recordset), keyed by the unique indexes, so the
 * same payload written twice, or by two workers at once, leaves one row.
 * Batches are sorted by shipment id so that concurrent writers lock rows in
 * the same order and cannot deadlock.
 */

const SHIPMENT_COLUMNS = `shipment_id text, order_id text, order_placed_at timestamptz, fulfilment_method text,
  shipment_date timestamptz, shipment_reference text, pickup_point boolean, transport_id text,
  transporter_code text, track_and_trace text, shipping_label_id text, shipment_details jsonb,
  billing_details jsonb, raw jsonb`

const UPSERT_DETAILS = `
INSERT INTO bol_shipment (id, account_id, ${columnNames(SHIPMENT_COLUMNS)}, detail_synced_at)
SELECT r.id, ?, ${columnNames(SHIPMENT_COLUMNS, "r.")}, ?::timestamptz
  FROM jsonb_to_recordset(?::jsonb) AS r(id text, ${SHIPMENT_COLUMNS})
 ORDER BY r.shipment_id
ON CONFLICT (account_id, shipment_id) WHERE deleted_at IS NULL DO UPDATE SET
  ${columnNames(SHIPMENT_COLUMNS)
    .split(", ")
    .filter((name) => name !== "shipment_id")
    // A field the detail lacks (v10 details may omit fulfilment) keeps what the list or an earlier detail gave.
    .map((name) => (name === "raw" ? `raw = EXCLUDED.raw` : `${name} = COALESCE(EXCLUDED.${name}, bol_shipment.${name})`))
    .join(", ")},
  detail_synced_at = EXCLUDED.detail_synced_at,
  updated_at = now()
RETURNING id, shipment_id, (xmax = 0) AS inserted`

/** bigNumber columns keep a `raw_` twin holding the exact value. */
const rawNumber = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE jsonb_build_object('value', ${column}::text, 'precision', 20) END`

const UPSERT_ITEMS = `
INSERT INTO bol_shipment_item (id, bol_shipment_id, order_item_id, order_id, ean, title, quantity,
  quantity_shipped, offer_price, raw_offer_price, commission, raw_commission, offer_id, offer_reference,
  fulfilment_method, distribution_party, latest_delivery_date, raw)
SELECT r.id, s.id, r.order_item_id, r.order_id, r.ean, r.title, r.quantity,
  r.quantity_shipped, r.offer_price, ${rawNumber("r.offer_price")}, r.commission, ${rawNumber("r.commission")},
  r.offer_id, r.offer_reference, COALESCE(r.fulfilment_method, s.fulfilment_method), r.distribution_party,
  r.latest_delivery_date, r.raw
  FROM jsonb_to_recordset(?::jsonb) AS r(id text, shipment_id text, order_item_id text, order_id text,
       ean text, title text, quantity integer, quantity_shipped integer, offer_price numeric,
       commission numeric, offer_id text, offer_reference text, fulfilment_method text,
       distribution_party text, latest_delivery_date text, raw jsonb)
  JOIN bol_shipment s ON s.account_id = ? AND s.shipment_id = r.shipment_id AND s.deleted_at IS NULL
 ORDER BY s.id, r.order_item_id
ON CONFLICT (bol_shipment_id, order_item_id) WHERE deleted_at IS NULL DO UPDATE SET
  order_id = EXCLUDED.order_id, ean = EXCLUDED.ean, title = EXCLUDED.title, quantity = EXCLUDED.quantity,
  quantity_shipped = EXCLUDED.quantity_shipped, offer_price = EXCLUDED.offer_price,
  raw_offer_price = EXCLUDED.raw_offer_price, commission = EXCLUDED.commission,
  raw_commission = EXCLUDED.raw_commission, offer_id = EXCLUDED.offer_id,
  offer_reference = EXCLUDED.offer_reference,
  fulfilment_method = COALESCE(EXCLUDED.fulfilment_method, bol_shipment_item.fulfilment_method),
  distribution_party = EXCLUDED.distribution_party, latest_delivery_date = EXCLUDED.latest_delivery_date,
  raw = EXCLUDED.raw, updated_at = now()
RETURNING id`

const UPSERT_EVENTS = `
INSERT INTO bol_transport_event (id, bol_shipment_id, event_code, event_date_time, raw)
SELECT r.id, s.id, r.event_code, r.event_date_time, r.raw
  FROM jsonb_to_recordset(?::jsonb) AS r(id text, shipment_id text, event_code text, event_date_time timestamptz, raw jsonb)
  JOIN bol_shipment s ON s.account_id = ? AND s.shipment_id = r.shipment_id AND s.deleted_at IS NULL
 ORDER BY s.id, r.event_code, r.event_date_time
ON CONFLICT (bol_shipment_id, event_code, event_date_time) WHERE deleted_at IS NULL DO UPDATE SET
  raw = EXCLUDED.raw, updated_at = now()
RETURNING id`

/** Removes the children of the written shipments that the new payload no longer has. */
const deleteStale = (table: string) => `
DELETE FROM ${table}
 WHERE bol_shipment_id IN (SELECT value FROM jsonb_array_elements_text(?::jsonb))
   AND id NOT IN (SELECT value FROM jsonb_array_elements_text(?::jsonb))`

const MARK_SEEN = `
INSERT INTO bol_shipment (id, account_id, shipment_id, order_id, order_placed_at, fulfilment_method,
  shipment_date, shipment_reference, transport_id, list_raw, list_seen_at)
SELECT r.id, ?, r.shipment_id, r.order_id, r.order_placed_at, r.fulfilment_method,
  r.shipment_date, r.shipment_reference, r.transport_id, r.list_raw, ?::timestamptz
  FROM jsonb_to_recordset(?::jsonb) AS r(id text, shipment_id text, order_id text, order_placed_at timestamptz,
       fulfilment_method text, shipment_date timestamptz, shipment_reference text, transport_id text, list_raw jsonb)
 ORDER BY r.shipment_id
ON CONFLICT (account_id, shipment_id) WHERE deleted_at IS NULL DO UPDATE SET
  list_seen_at = EXCLUDED.list_seen_at,
  list_raw = EXCLUDED.list_raw,
  fulfilment_method = COALESCE(bol_shipment.fulfilment_method, EXCLUDED.fulfilment_method),
  order_id = CASE WHEN bol_shipment.detail_synced_at IS NULL THEN EXCLUDED.order_id ELSE bol_shipment.order_id END,
  order_placed_at = CASE WHEN bol_shipment.detail_synced_at IS NULL THEN EXCLUDED.order_placed_at ELSE bol_shipment.order_placed_at END,
  shipment_date = CASE WHEN bol_shipment.detail_synced_at IS NULL THEN EXCLUDED.shipment_date ELSE bol_shipment.shipment_date END,
  shipment_reference = CASE WHEN bol_shipment.detail_synced_at IS NULL THEN EXCLUDED.shipment_reference ELSE bol_shipment.shipment_reference END,
  transport_id = CASE WHEN bol_shipment.detail_synced_at IS NULL THEN EXCLUDED.transport_id ELSE bol_shipment.transport_id END,
  updated_at = now()
RETURNING shipment_id, (xmax = 0) AS inserted`

const MISSING_DETAIL = `
SELECT shipment_id FROM bol_shipment
 WHERE account_id = ? AND detail_synced_at IS NULL AND deleted_at IS NULL
 ORDER BY shipment_date DESC NULLS LAST, shipment_id
 LIMIT ?`

function columnNames(columns: string, prefix = ""): string {
  return columns
    .split(",")
    .map((column) => `${prefix}${column.trim().split(/\s+/)[0]}`)
    .join(", ")
}

function byShipmentId<T extends { shipment_id: string }>(rows: Iterable<T>): T[] {
  return [...rows].sort((a, b) => (a.shipment_id < b.shipment_id ? -1 : a.shipment_id > b.shipment_id ? 1 : 0))
}

/** Upserts shipment details with their items and transport events (replacing the old ones). */
export async function writeShipmentDetails(
  manager: SqlManager,
  accountId: string,
  details: Record<string, unknown>[],
  syncedAt: Date
): Promise<UpsertResult> {
  const latest = new Map<string, NonNullable<ReturnType<typeof shipmentDetailRows>>>()
  for (const detail of details) {
    const rows = shipmentDetailRows(detail)
    if (rows) {
      latest.set(rows.shipment.shipment_id, rows)
    }
  }
  if (latest.size === 0) {
    return { upserted: 0, inserted: [] }
  }
  const batches = byShipmentId([...latest.values()].map((rows) => ({ ...rows, shipment_id: rows.shipment.shipment_id })))
  const shipments = batches.map(({ shipment }) => ({ id: generateEntityId(undefined, "bolshp"), ...shipment }))
  const written: { id: string; shipment_id: string; inserted: boolean }[] = await manager.execute(UPSERT_DETAILS, [
    accountId,
    syncedAt.toISOString(),
    JSON.stringify(shipments),
  ])
  const shipmentRowIds = JSON.stringify(written.map((row) => row.id))

  const items = batches.flatMap(({ items }) => items.map((item) => ({ id: generateEntityId(undefined, "bolshpi"), ...item })))
  const keptItems = items.length ? await manager.execute(UPSERT_ITEMS, [JSON.stringify(items), accountId]) : []
  await manager.execute(deleteStale("bol_shipment_item"), [shipmentRowIds, JSON.stringify(keptItems.map((row) => row.id))])

  const events = batches.flatMap(({ events }) => events.map((event) => ({ id: generateEntityId(undefined, "boltev"), ...event })))
  const keptEvents = events.length ? await manager.execute(UPSERT_EVENTS, [JSON.stringify(events), accountId]) : []
  await manager.execute(deleteStale("bol_transport_event"), [shipmentRowIds, JSON.stringify(keptEvents.map((row) => row.id))])

  return { upserted: written.length, inserted: written.filter((row) => row.inserted).map((row) => row.shipment_id) }
}

/**
 * Records shipments seen on a list page: new ones become stubs (to be
 * completed from their detail), known ones get `list_seen_at` and keep the
 * values their detail gave them.
 */
export async function markShipmentsSeen(
  manager: SqlManager,
  accountId: string,
  entries: Record<string, unknown>[],
  fulfilmentMethod: string | null,
  seenAt: Date
): Promise<UpsertResult> {
  const stubs = new Map<string, ShipmentStubRow & { list_raw: Record<string, unknown> }>()
  for (const entry of entries) {
    const stub = shipmentStubRow(entry, fulfilmentMethod)
    if (stub) {
      stubs.set(stub.shipment_id, { ...stub, list_raw: entry })
    }
  }
  if (stubs.size === 0) {
    return { upserted: 0, inserted: [] }
  }
  const rows = byShipmentId(stubs.values()).map((stub) => ({ id: generateEntityId(undefined, "bolshp"), ...stub }))
  const written: { shipment_id: string; inserted: boolean }[] = await manager.execute(MARK_SEEN, [
    accountId,
    seenAt.toISOString(),
    JSON.stringify(rows),
  ])
  return { upserted: written.length, inserted: written.filter((row) => row.inserted).map((row) => row.shipment_id) }
}

/** bol ids of the account's shipments still without a detail, newest first. */
export async function shipmentsMissingDetail(manager: SqlManager, accountId: string, limit: number): Promise<string[]> {
  const rows: { shipment_id: string }[] = await manager.execute(MISSING_DETAIL, [accountId, limit])
  return rows.map((row) => row.shipment_id)
}
