/**
 * The few typed columns kept next to a synced record's raw JSON, read from
 * either the list entry or the detail (they differ in shape).
 */
export type ResourceSummary = {
  order_id: string | null
  fulfilment_method: string | null
  status: string | null
  /** ISO 8601 date-time of the record (shipped, placed or registered). */
  record_date: string | null
}

type Json = Record<string, unknown>

function object(value: unknown): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(object).filter((item): item is Json => Boolean(item)) : []
}

/** bol's ids are strings in v10 but numbers in old demo data. */
export function idString(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value) : null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null
}

/** One method, or "MIXED" when the items disagree. */
function singleOrMixed(values: (string | null)[]): string | null {
  const distinct = [...new Set(values.filter((value): value is string => Boolean(value)))]
  return distinct.length === 0 ? null : distinct.length === 1 ? distinct[0] : "MIXED"
}

export function summarizeShipment(entry: Json): ResourceSummary {
  const items = objects(entry.shipmentItems)
  const events = objects(object(entry.transport)?.transportEvents)
  const latest = events
    .filter((event) => text(event.eventDateTime))
    .sort((a, b) => Date.parse(String(b.eventDateTime)) - Date.parse(String(a.eventDateTime)))[0]
  return {
    order_id: idString(object(entry.order)?.orderId),
    fulfilment_method: singleOrMixed(items.map((item) => text(object(item.fulfilment)?.method))),
    status: text(latest?.eventCode),
    record_date: text(entry.shipmentDateTime),
  }
}

export function summarizeOrder(entry: Json): ResourceSummary {
  const items = objects(entry.orderItems)
  const methods = items.map((item) => text(item.fulfilmentMethod) ?? text(object(item.fulfilment)?.method))
  // The list says fulfilmentStatus; the detail only has the quantities.
  const open = items.some((item) =>
    item.fulfilmentStatus !== undefined
      ? item.fulfilmentStatus === "OPEN"
      : Number(item.quantityShipped ?? 0) + Number(item.quantityCancelled ?? 0) < Number(item.quantity ?? 0)
  )
  return {
    order_id: idString(entry.orderId),
    fulfilment_method: singleOrMixed(methods),
    status: items.length ? (open ? "OPEN" : "HANDLED") : null,
    record_date: text(entry.orderPlacedDateTime),
  }
}

export function summarizeReturn(entry: Json): ResourceSummary {
  const items = objects(entry.returnItems)
  return {
    // A return can span orders; the first item's order is the one to filter on.
    order_id: idString(items[0]?.orderId),
    fulfilment_method: text(entry.fulfilmentMethod),
    status: items.length ? (items.every((item) => item.handled === true) ? "HANDLED" : "UNHANDLED") : null,
    record_date: text(entry.registrationDateTime),
  }
}
