import { generateEntityId } from "@medusajs/framework/utils"
import { bolResource, recordId } from "../client/resources"
import type { SqlManager, UpsertResult } from "../types"

/*
 * Generic records (orders, returns) in plain SQL, one statement per batch,
 * keyed by (account, resource, bol id). See shipment-writes.ts for why.
 */

const RECORD_COLUMNS = `id text, external_id text, order_id text, fulfilment_method text, status text,
  record_date timestamptz, raw jsonb`

const INSERT = `
INSERT INTO bol_record (id, account_id, resource, external_id, order_id, fulfilment_method, status,
  record_date, raw, list_seen_at, detail_synced_at)
SELECT r.id, ?, ?, r.external_id, r.order_id, r.fulfilment_method, r.status, r.record_date, r.raw,
  ?::timestamptz, ?::timestamptz
  FROM jsonb_to_recordset(?::jsonb) AS r(${RECORD_COLUMNS})
 ORDER BY r.external_id
ON CONFLICT (account_id, resource, external_id) WHERE deleted_at IS NULL DO UPDATE SET`

const DETAIL_UPDATE = `
  order_id = EXCLUDED.order_id, fulfilment_method = EXCLUDED.fulfilment_method, status = EXCLUDED.status,
  record_date = EXCLUDED.record_date, raw = EXCLUDED.raw, detail_synced_at = EXCLUDED.detail_synced_at,
  updated_at = now()
RETURNING external_id, (xmax = 0) AS inserted`

/*
 * A list entry keeps what the detail said, except that a status that moved
 * on (an order shipped, a return handled) marks the detail as stale, so that
 * it is fetched again. (SET expressions read the row as it was.)
 */
const LIST_UPDATE = `
  list_seen_at = EXCLUDED.list_seen_at,
  status = COALESCE(EXCLUDED.status, bol_record.status),
  detail_synced_at = CASE WHEN EXCLUDED.status IS DISTINCT FROM bol_record.status AND EXCLUDED.status IS NOT NULL
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
