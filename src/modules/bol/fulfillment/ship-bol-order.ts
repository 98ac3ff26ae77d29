import { MedusaError } from "@medusajs/framework/utils"
import type { BolClient } from "../client/client"
import { BolRequestError } from "../client/errors"
import type { BolShipmentRequest } from "../client/types"

export type BolTransport = { transporter_code: string; track_and_trace?: string }

export type BolShipmentData = {
  bol_account_id: string
  bol_order_id: string
  process_status_id: string
  process_status: string
  order_items: { order_item_id: string; quantity: number }[]
  transporter_code?: string
  track_and_trace?: string
}

export type FulfillmentLabel = { tracking_number: string; tracking_url: string; label_url: string }

type BolOrderItem = {
  orderItemId?: unknown
  fulfilment?: { method?: unknown }
  quantity?: unknown
  quantityShipped?: unknown
  quantityCancelled?: unknown
}

const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0)

/** bol's order items that the retailer still has to ship, with their open quantity. */
export function openRetailerItems(bolOrder: Record<string, unknown>) {
  const items = Array.isArray(bolOrder.orderItems) ? (bolOrder.orderItems as BolOrderItem[]) : []
  return items
    .filter((item) => item.fulfilment?.method === "FBR" && typeof item.orderItemId === "string")
    .map((item) => ({
      order_item_id: item.orderItemId as string,
      quantity: count(item.quantity) - count(item.quantityShipped) - count(item.quantityCancelled),
    }))
    .filter((item) => item.quantity > 0)
}

/** FBR, FBB or MIXED: who delivers the bol order's items. */
export function fulfilmentMethodOf(bolOrder: Record<string, unknown>): string | null {
  const items = Array.isArray(bolOrder.orderItems) ? (bolOrder.orderItems as BolOrderItem[]) : []
  const methods = new Set(items.map((item) => item.fulfilment?.method).filter((m): m is string => typeof m === "string"))
  if (methods.size === 0) return null
  return methods.size === 1 ? [...methods][0] : "MIXED"
}

/** bol's order, or a 400 naming it when bol does not know it for this account. */
export async function fetchBolOrder(client: BolClient, bolOrderId: string): Promise<Record<string, unknown>> {
  try {
    return await client.detail("orders", bolOrderId)
  } catch (error) {
    if (error instanceof BolRequestError && error.status === 404) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `bol.com has no order ${bolOrderId} for this account`)
    }
    throw error
  }
}

/**
 * Tells bol that the retailer ships every open FBR item of the order
 * (`POST /retailer/shipments`). bol processes it asynchronously: the answer
 * carries the process status to follow, and the transport's track-and-trace
 * code becomes the fulfillment's tracking label.
 */
export async function shipBolOrder(input: {
  client: BolClient
  accountId: string
  bolOrderId: string
  reference?: string
  transport?: BolTransport
}): Promise<{ data: BolShipmentData; labels: FulfillmentLabel[] }> {
  const bolOrder = await fetchBolOrder(input.client, input.bolOrderId)
  const items = openRetailerItems(bolOrder)
  if (items.length === 0) {
    const method = fulfilmentMethodOf(bolOrder)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      method === "FBB"
        ? `bol.com order ${input.bolOrderId} is fulfilled by bol.com (FBB): bol ships it, not the seller`
        : `bol.com order ${input.bolOrderId} has no open items for the seller to ship`
    )
  }
  const request: BolShipmentRequest = {
    orderItems: items.map((item) => ({ orderItemId: item.order_item_id, quantity: item.quantity })),
    shipmentReference: input.reference ?? null,
  }
  if (input.transport) {
    request.transport = {
      transporterCode: input.transport.transporter_code,
      ...(input.transport.track_and_trace ? { trackAndTrace: input.transport.track_and_trace } : {}),
    }
  }
  const status = await input.client.createShipment(request).catch((error) => {
    if (error instanceof BolRequestError) {
      const violations = error.violations.map((violation) => `${violation.name}: ${violation.reason}`)
      const reason = violations.length ? violations.join("; ") : (error.detail ?? error.message)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `bol.com refused the shipment: ${reason}`)
    }
    throw error
  })
  const code = input.transport?.track_and_trace
  return {
    data: {
      bol_account_id: input.accountId,
      bol_order_id: input.bolOrderId,
      process_status_id: status.processStatusId,
      process_status: status.status,
      order_items: items,
      ...(input.transport ? { transporter_code: input.transport.transporter_code } : {}),
      ...(code ? { track_and_trace: code } : {}),
    },
    labels: code ? [{ tracking_number: code, tracking_url: "", label_url: "" }] : [],
  }
}
