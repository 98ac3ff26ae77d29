/** Emitted when shipment details of bol orders were stored: `{ account_id, bol_order_ids }`. */
export const BOL_SHIPMENTS_STORED_EVENT = "bazaar.bol.shipments_stored"

export type BolShipmentsStoredData = { account_id: string; bol_order_ids: string[] }

/** The bol order ids of stored shipment details. */
export function bolOrderIdsOf(details: Record<string, unknown>[]): string[] {
  const ids = details
    .map((detail) => (detail.order as { orderId?: unknown } | undefined)?.orderId)
    .filter((id): id is string => typeof id === "string" && id !== "")
  return [...new Set(ids)]
}
