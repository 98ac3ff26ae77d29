import { idString } from "../client/resource-summaries"
import { summarizeShipment } from "../client/resource-summaries"

type Json = Record<string, unknown>

export type ShipmentRow = {
  shipment_id: string
  order_id: string | null
  order_placed_at: string | null
  fulfilment_method: string | null
  shipment_date: string | null
  shipment_reference: string | null
  pickup_point: boolean | null
  transport_id: string | null
  transporter_code: string | null
  track_and_trace: string | null
  shipping_label_id: string | null
  shipment_details: Json | null
  billing_details: Json | null
  raw: Json
}

export type ShipmentItemRow = {
  shipment_id: string
  order_item_id: string
  order_id: string | null
  ean: string | null
  title: string | null
  quantity: number | null
  quantity_shipped: number | null
  offer_price: number | null
  commission: number | null
  offer_id: string | null
  offer_reference: string | null
  fulfilment_method: string | null
  distribution_party: string | null
  latest_delivery_date: string | null
  raw: Json
}

export type TransportEventRow = { shipment_id: string; event_code: string; event_date_time: string; raw: Json }

/** The columns a list entry can fill in before the detail is fetched. */
export type ShipmentStubRow = Pick<
  ShipmentRow,
  "shipment_id" | "order_id" | "order_placed_at" | "shipment_date" | "shipment_reference" | "transport_id"
> & { fulfilment_method: string | null }

function object(value: unknown): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(object).filter((entry): entry is Json => Boolean(entry)) : []
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null
}

function number(value: unknown): number | null {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : null
}

function integer(value: unknown): number | null {
  const parsed = number(value)
  return parsed === null ? null : Math.trunc(parsed)
}

/** An ISO date-time PostgreSQL will accept, or null (a bad value must not fail the batch). */
function dateTime(value: unknown): string | null {
  return typeof value === "string" && Number.isFinite(Date.parse(value)) ? value : null
}

/** Rows of a list entry (`ReducedShipment`); null without a shipment id. */
export function shipmentStubRow(entry: Json, fulfilmentMethod?: string | null): ShipmentStubRow | null {
  const shipmentId = idString(entry.shipmentId)
  if (!shipmentId) {
    return null
  }
  const order = object(entry.order)
  return {
    shipment_id: shipmentId,
    order_id: idString(order?.orderId),
    order_placed_at: dateTime(order?.orderPlacedDateTime),
    shipment_date: dateTime(entry.shipmentDateTime),
    shipment_reference: text(entry.shipmentReference),
    transport_id: idString(object(entry.transport)?.transportId),
    fulfilment_method: fulfilmentMethod ?? null,
  }
}

/** The rows of one shipment detail (`Shipment`); null without a shipment id. */
export function shipmentDetailRows(
  detail: Json
): { shipment: ShipmentRow; items: ShipmentItemRow[]; events: TransportEventRow[] } | null {
  const shipmentId = idString(detail.shipmentId)
  if (!shipmentId) {
    return null
  }
  const order = object(detail.order)
  const transport = object(detail.transport)
  const orderId = idString(order?.orderId)
  const shipment: ShipmentRow = {
    shipment_id: shipmentId,
    order_id: orderId,
    order_placed_at: dateTime(order?.orderPlacedDateTime),
    fulfilment_method: summarizeShipment(detail).fulfilment_method,
    shipment_date: dateTime(detail.shipmentDateTime),
    shipment_reference: text(detail.shipmentReference),
    // Older payloads spell it pickUpPoint.
    pickup_point:
      typeof detail.pickupPoint === "boolean"
        ? detail.pickupPoint
        : typeof detail.pickUpPoint === "boolean"
          ? detail.pickUpPoint
          : null,
    transport_id: idString(transport?.transportId),
    transporter_code: text(transport?.transporterCode),
    track_and_trace: text(transport?.trackAndTrace),
    shipping_label_id: idString(transport?.shippingLabelId),
    shipment_details: object(detail.shipmentDetails) ?? null,
    billing_details: object(detail.billingDetails) ?? null,
    raw: detail,
  }

  const items = new Map<string, ShipmentItemRow>()
  for (const item of objects(detail.shipmentItems)) {
    const orderItemId = idString(item.orderItemId)
    if (!orderItemId) {
      continue
    }
    const fulfilment = object(item.fulfilment)
    const offer = object(item.offer)
    const product = object(item.product)
    items.set(orderItemId, {
      shipment_id: shipmentId,
      order_item_id: orderItemId,
      order_id: idString(item.orderId) ?? orderId,
      ean: text(product?.ean ?? item.ean),
      title: text(product?.title ?? item.title),
      quantity: integer(item.quantity),
      quantity_shipped: integer(item.quantityShipped),
      offer_price: number(item.unitPrice ?? item.offerPrice),
      commission: number(item.commission),
      offer_id: text(offer?.offerId),
      offer_reference: text(offer?.reference ?? item.offerReference),
      fulfilment_method: text(fulfilment?.method ?? item.fulfilmentMethod),
      distribution_party: text(fulfilment?.distributionParty),
      latest_delivery_date: text(fulfilment?.latestDeliveryDate),
      raw: item,
    })
  }

  const events = new Map<string, TransportEventRow>()
  for (const event of objects(transport?.transportEvents)) {
    const code = text(event.eventCode)
    const at = dateTime(event.eventDateTime)
    if (code && at) {
      events.set(`${code}@${new Date(at).toISOString()}`, {
        shipment_id: shipmentId,
        event_code: code,
        event_date_time: at,
        raw: event,
      })
    }
  }
  return { shipment, items: [...items.values()], events: [...events.values()] }
}
