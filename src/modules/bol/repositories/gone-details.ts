import { bolResource } from "../client/resources"
import type { SqlManager } from "../types"

/*
 * Rows whose detail bol no longer serves (404: aged out of its three-month
 * window, or removed) keep what their list entry said and are not asked for
 * again: `detail_synced_at` notes that the detail was settled.
 */
const SHIPMENTS = `
UPDATE bol_shipment SET detail_synced_at = ?::timestamptz, updated_at = now()
 WHERE account_id = ? AND shipment_id IN (SELECT value FROM jsonb_array_elements_text(?::jsonb))
   AND detail_synced_at IS NULL AND deleted_at IS NULL`

const RECORDS = `
UPDATE bol_record SET detail_synced_at = ?::timestamptz, updated_at = now()
 WHERE account_id = ? AND resource = ? AND external_id IN (SELECT value FROM jsonb_array_elements_text(?::jsonb))
   AND detail_synced_at IS NULL AND deleted_at IS NULL`

/** Settles the details bol answered 404 for; answers nothing (the rows keep their list data). */
export async function settleGoneDetails(
  manager: SqlManager,
  accountId: string,
  resourceName: string,
  ids: string[],
  at: Date
): Promise<void> {
  if (ids.length === 0) {
    return
  }
  const resource = bolResource(resourceName)
  if (resource.name === "shipments") {
    await manager.execute(SHIPMENTS, [at.toISOString(), accountId, JSON.stringify(ids)])
  } else {
    await manager.execute(RECORDS, [at.toISOString(), accountId, resource.name, JSON.stringify(ids)])
  }
}
