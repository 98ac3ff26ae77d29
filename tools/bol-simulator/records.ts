/**
 * The compact records the store keeps. Everything bulky in an API answer
 * (names, addresses, titles, prices, transport events) is rebuilt from
 * `key`/`customerKey` and the catalog when a response is rendered.
 */
export type FulfilmentMethod = "FBR" | "FBB"
export const FULFILMENT_METHODS: readonly FulfilmentMethod[] = ["FBR", "FBB"]

export type TimeFrameType = "REGULAR" | "EVENING" | "APPOINTMENT" | "SAMEDAY" | "SUNDAY"

export type ShipmentItemRec = { orderItemId: string; product: number; quantity: number }

export type TransportEventRec = { eventCode: string; at: number }

export type ShipmentRec = {
  shipmentId: string
  fulfilmentMethod: FulfilmentMethod
  /** shipmentDateTime, epoch ms */
  at: number
  key: number
  customerKey: number
  orderId: string
  orderPlacedAt: number
  shipmentReference?: string
  pickupPoint: boolean
  items: ShipmentItemRec[]
  transportId: string
  /** Set when the shipment was created or its transport changed through the API. */
  transport?: { transporterCode?: string; trackAndTrace?: string; shippingLabelId?: string }
  /** Events added by tests on top of the generated timeline. */
  extraEvents?: TransportEventRec[]
}

export type OrderItemRec = {
  orderItemId: string
  product: number
  fulfilmentMethod: FulfilmentMethod
  quantity: number
  quantityShipped: number
  quantityCancelled: number
  cancellationRequest: boolean
  timeFrameType: TimeFrameType
  changedAt: number
  /** When the item became HANDLED (fully shipped or cancelled). */
  handledAt?: number
}

export type OrderRec = {
  orderId: string
  placedAt: number
  key: number
  customerKey: number
  pickupPoint: boolean
  items: OrderItemRec[]
}

export type ReturnItemRec = {
  rmaId: string
  orderId: string
  product: number
  expectedQuantity: number
  customerKey: number
  reason: number
  key: number
  handled: boolean
  handledAt?: number
  processingResult?: string
  handlingResult?: string
  /** Set when the retailer handled the item through the API. */
  quantityReturned?: number
  trackAndTrace?: string
}

export type ReturnRec = {
  returnId: string
  registeredAt: number
  fulfilmentMethod: FulfilmentMethod
  items: ReturnItemRec[]
}

export type ProcessStatusValue = "PENDING" | "SUCCESS" | "FAILURE" | "TIMEOUT"

export type ProcessRec = {
  processStatusId: string
  eventType: string
  description: string
  status: ProcessStatusValue
  entityId?: string
  errorMessage?: string
  createdAt: number
  dueAt: number
  /** Does the work when the process is due; returns the entity id or an error. */
  run?: () => { entityId?: string } | { error: string }
}

export function isHandled(item: OrderItemRec): boolean {
  return item.quantityShipped + item.quantityCancelled >= item.quantity
}
