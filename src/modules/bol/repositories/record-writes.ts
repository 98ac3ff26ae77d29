import { generateEntityId } from "@medusajs/framework/utils"
import { bolResource, recordId } from "../client/resources"
import type { SqlManager, UpsertResult } from "../types"

/*
 * Generic records (orders, returns) in plain SQL, one statement per batch,
 * keyed by (account, resource, bol id). See shipment-writes.ts for why.
 */

const RECORD_COLUMNS = `id text, external_id text, order_id text, fulfilment_method text, status text,
  record_date timestamptz, raw jsonb, list_raw jsonb, list_status text`

const INSERT = `
INSERT INTO bol_record (id, account_id, resource, external_id, order_id, fulfilment_method, status,
  record_date, raw, list_raw, list_status, list_seen_at, detail_synced_at)
SELECT r.id, ?, ?, r.external_id, r.order_id, r.fulfilment_method, r.status, r.record_date, r.raw,
  r.list_raw, r.list_status, ?::timestamptz, ?::timestamptz
  FROM jsonb_to_recordset(?::jsonb) AS r(${RECORD_COLUMNS})
 ORDER BY r.external_id
ON CONFLICT (account_id, resource, external_id) WHERE deleted_at IS NULL DO UPDATE SET`

/* A detail replaces the raw JSON; a field it lacks keeps what was known (a thinner answer never erases). */
const DETAIL_UPDATE = `
  order_id = COALESCE(EXCLUDED.order_id, bol_record.order_id),
  fulfilment_method = COALESCE(EXCLUDED.fulfilment_method, bol_record.fulfilment_method),
  status = COALESCE(EXCLUDED.status, bol_record.status),
  record_date = COALESCE(EXCLUDED.record_date, bol_record.record_date),
  raw = EXCLUDED.raw, detail_synced_at = EXCLUDED.detail_synced_at,
  updated_at = now()
RETURNING external_id, (xmax = 0) AS inserted`

/*
 * A list entry keeps what the detail said. The detail is fetched again only
 * when the list's own status moved on since the list last showed the record
 * (an order shipped, a return handled): compared with the list's previous
 * status, never with the detail's, because bol's lists and details disagree
 * (a list may say OPEN for an item whose quantities say shipped), and that
 * disagreement would re-fetch the same detail on every run.
 * (SET expressions read the row as it was.)
 */
const LIST_UPDATE = `
  list_seen_at = EXCLUDED.list_seen_at,
  list_raw = EXCLUDED.list_raw,
  list_status = COALESCE(EXCLUDED.list_status, bol_record.list_status),
  status = CASE WHEN bol_record.detail_synced_at IS NULL THEN COALESCE(EXCLUDED.status, bol_record.status)
                ELSE bol_record.status END,
  detail_synced_at = CASE WHEN EXCLUDED.list_status IS NOT NULL AND bol_record.list_status IS NOT NULL
                           AND EXCLUDED.list_status IS DISTINCT FROM bol_record.list_status
                          THEN NULL ELSE bol_record.detail_synced_at END,
  order_id = COALESCE(bol_record.order_id, EXCLUDED.order_id),
  fulfilment_method = COALESCE(bol_record.fulfilment_method, EXCLUDED.fulfilment_method),
  record_date = COALESCE(bol_record.record_date, EXCLUDED.record_date),
  raw = CASE WHEN bol_record.detail_synced_at IS NULL THEN EXCLUDED.raw ELSE bol_record.raw END,
  updated_at = now()
RETURNING external_id, (xmax = 0) AS inserted`

const MISSING_DETAIL = `
SELECT external_id FROM bol_record
 WHERE account_id = ? AND resource = ? AND detail_synced_at IS NULL AND deleted_at IS NULL
 ORDER BY record_date DESC NULLS LAST, external_id
 LIMIT ?`

function dateOrNull(value: string | null): string | null {
  return value && Number.isFinite(Date.parse(value)) ? value : null
}

/** Upserts list entries (`detail: false`) or details (`detail: true`) of a resource. */
export async function writeRecords(
  manager: SqlManager,
  accountId: string,
  resourceName: string,
  entries: Record<string, unknown>[],
  options: { detail: boolean; at: Date }
): Promise<UpsertResult> {
  const resource = bolResource(resourceName)
  const rows = new Map<string, Record<string, unknown>>()
  for (const entry of entries) {
    const externalId = recordId(resource, entry)
    if (!externalId) {
      continue
    }
    const summary = resource.summarize(entry)
    rows.set(externalId, {
      id: generateEntityId(undefined, "bolrec"),
      external_id: externalId,
      ...summary,
      record_date: dateOrNull(summary.record_date),
      raw: entry,
      list_raw: options.detail ? null : entry,
      list_status: options.detail ? null : summary.status,
    })
  }
  if (rows.size === 0) {
    return { upserted: 0, inserted: [] }
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row)
  const at = options.at.toISOString()
  const written: { external_id: string; inserted: boolean }[] = await manager.execute(
    `${INSERT}${options.detail ? DETAIL_UPDATE : LIST_UPDATE}`,
    [accountId, resource.name, options.detail ? null : at, options.detail ? at : null, JSON.stringify(sorted)]
  )
  return { upserted: written.length, inserted: written.filter((row) => row.inserted).map((row) => row.external_id) }
}

/** bol ids of an account's records of `resource` still without (or with a stale) detail. */
export async function recordsMissingDetail(
  manager: SqlManager,
  accountId: string,
  resourceName: string,
  limit: number
): Promise<string[]> {
  const rows: { external_id: string }[] = await manager.execute(MISSING_DETAIL, [accountId, bolResource(resourceName).name, limit])
  return rows.map((row) => row.external_id)
}
