import { generateEntityId } from "@medusajs/framework/utils"

export type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
export type DocumentKind = "invoice" | "credit_note"

/** Serialises writers of one key (an order, an invoice) until the transaction ends, across every process. */
export async function lockKey(manager: SqlManager, key: string): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [key])
}

/**
 * Takes the next number of a shop's year and kind of document. The row stays
 * locked until the transaction ends, so concurrent issues queue here, and a
 * rolled-back issue gives its number back. The year's first document fixes
 * the shop code printed in the year's numbers.
 */
export async function nextSequence(
  manager: SqlManager,
  key: { shop_id: string; year: number; kind: DocumentKind },
  code: string
): Promise<{ sequence: number; code: string }> {
  const [row] = await manager.execute(
    `INSERT INTO bazaar_document_counter (id, shop_id, year, kind, code, last_value)
     VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT (shop_id, year, kind) WHERE deleted_at IS NULL
     DO UPDATE SET last_value = bazaar_document_counter.last_value + 1, updated_at = now()
     RETURNING last_value, code`,
    [generateEntityId(undefined, "doccnt"), key.shop_id, key.year, key.kind, code]
  )
  return { sequence: Number(row.last_value), code: row.code }
}

/** What the invoice's credit notes already gave back. */
export async function creditedAmount(manager: SqlManager, invoiceId: string): Promise<number> {
  const [row] = await manager.execute(
    "SELECT COALESCE(SUM(amount), 0) AS credited FROM bazaar_credit_note WHERE invoice_id = ? AND deleted_at IS NULL",
    [invoiceId]
  )
  return Number(row.credited)
}
