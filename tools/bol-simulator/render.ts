import { commission, type Product } from "./catalog"
import { billingDetails, customerDetails, customerFor, shipmentDetails } from "./people"
import { SALT, rngFor } from "./prng"
import {
  isHandled,
  type OrderItemRec,
  type OrderRec,
  type ProcessRec,
  type ReturnItemRec,
  type ReturnRec,
  type ShipmentRec,
} from "./records"
import { DAY, dateAmsterdam, isoAmsterdam } from "./time"
import { renderTransport } from "./transport"
import { RETURN_REASONS, TRANSPORTER_NAMES } from "./vocab"

/**
 * Turns store records into the JSON shapes of the v10 API. The optional
 * switches reproduce quirks of real bol answers (see `SimSettings`):
 * `staleListStatus` makes every order-list item say `fulfilmentStatus: "OPEN"`;
 * `thinDetails` leaves `fulfilment` out of shipment-detail items.
 */
export type RenderContext = {
  seed: number
  catalog: Product[]
  now: number
  baseUrl: string
  staleListStatus?: boolean
  thinDetails?: boolean
}

type Json = Record<string, unknown>

const round2 = (value: number) => Math.round(value * 100) / 100

/** `ReducedShipment` (list item). */
export function reducedShipment(ctx: RenderContext, shipment: ShipmentRec): Json {
  return {
    shipmentId: shipment.shipmentId,
    shipmentDateTime: isoAmsterdam(shipment.at),
    ...(shipment.shipmentReference !== undefined ? { shipmentReference: shipment.shipmentReference } : {}),
    order: { orderId: shipment.orderId, orderPlacedDateTime: isoAmsterdam(shipment.orderPlacedAt) },
    shipmentItems: shipment.items.map((item) => ({
      orderItemId: item.orderItemId,
      ean: ctx.catalog[item.product].ean,
    })),
    transport: { transportId: shipment.transportId },
  }
}

/** Days between placing and the latest delivery date of an order item (same in order and shipment). */
function latestDeliveryDays(seed: number, orderItemId: string): number {
  return rngFor(seed, SALT.orderDetail, Number(orderItemId)).int(1, 2)
}

/** `Shipment` (detail). */
export function shipmentDetail(ctx: RenderContext, shipment: ShipmentRec): Json {
  const customer = customerFor(ctx.seed, shipment.customerKey, { pickupPoint: shipment.pickupPoint })
  const fbr = shipment.fulfilmentMethod === "FBR"
  return {
    shipmentId: shipment.shipmentId,
    shipmentDateTime: isoAmsterdam(shipment.at),
    ...(shipment.shipmentReference !== undefined ? { shipmentReference: shipment.shipmentReference } : {}),
    pickupPoint: shipment.pickupPoint,
    order: { orderId: shipment.orderId, orderPlacedDateTime: isoAmsterdam(shipment.orderPlacedAt) },
    shipmentDetails: shipmentDetails(customer),
    billingDetails: billingDetails(customer),
    shipmentItems: shipment.items.map((item) => {
      const product = ctx.catalog[item.product]
      return {
        orderItemId: item.orderItemId,
        ...(ctx.thinDetails
          ? {}
          : {
              fulfilment: {
                method: shipment.fulfilmentMethod,
                distributionParty: fbr ? "RETAILER" : "BOL",
                latestDeliveryDate: dateAmsterdam(
                  shipment.orderPlacedAt + latestDeliveryDays(ctx.seed, item.orderItemId) * DAY
                ),
              },
            }),
        offer: { offerId: product.offerId, reference: product.reference },
        product: { ean: product.ean, title: product.title },
        quantity: item.quantity,
        quantityShipped: item.quantity,
        unitPrice: product.unitPrice,
        commission: commission(product.unitPrice, item.quantity),
      }
    }),
    transport: renderTransport(ctx.seed, shipment, customer.countryCode === "BE", ctx.now),
  }
}

/** `ReducedOrderItem`. */
function reducedOrderItem(ctx: RenderContext, item: OrderItemRec): Json {
  return {
    orderItemId: item.orderItemId,
    ean: ctx.catalog[item.product].ean,
    fulfilmentMethod: item.fulfilmentMethod,
    // bol's lists can say OPEN for items their details (and quantities) show as handled.
    fulfilmentStatus: !ctx.staleListStatus && isHandled(item) ? "HANDLED" : "OPEN",
    quantity: item.quantity,
    quantityShipped: item.quantityShipped,
    quantityCancelled: item.quantityCancelled,
    cancellationRequest: item.cancellationRequest,
    latestChangedDateTime: isoAmsterdam(item.changedAt),
  }
}

/** `ReducedOrder` with only the given (filtered) items. */
export function reducedOrder(ctx: RenderContext, order: OrderRec, items: OrderItemRec[]): Json {
  return {
    orderId: order.orderId,
    orderPlacedDateTime: isoAmsterdam(order.placedAt),
    orderItems: items.map((item) => reducedOrderItem(ctx, item)),
  }
}

/** `Order` (detail). */
export function orderDetail(ctx: RenderContext, order: OrderRec): Json {
  const phone = order.items.some((item) => item.timeFrameType === "APPOINTMENT")
  const customer = customerFor(ctx.seed, order.customerKey, { pickupPoint: order.pickupPoint, phone })
  return {
    orderId: order.orderId,
    pickupPoint: order.pickupPoint,
    orderPlacedDateTime: isoAmsterdam(order.placedAt),
    shipmentDetails: shipmentDetails(customer),
    billingDetails: billingDetails(customer),
    orderItems: order.items.map((item) => {
      const product = ctx.catalog[item.product]
      const rng = rngFor(ctx.seed, SALT.orderDetail, Number(item.orderItemId) ^ 0x3c3c3c)
      const discounts = rng.chance(0.1) ? [{ title: "bol.com korting", amount: round2(product.unitPrice * 0.1) }] : []
      const discountTotal = discounts.reduce((sum, discount) => sum + discount.amount, 0)
      const fbr = item.fulfilmentMethod === "FBR"
      const latest = item.timeFrameType === "SAMEDAY" ? 0 : latestDeliveryDays(ctx.seed, item.orderItemId)
      return {
        orderItemId: item.orderItemId,
        cancellationRequest: item.cancellationRequest,
        fulfilment: {
          method: item.fulfilmentMethod,
          distributionParty: fbr ? "RETAILER" : "BOL",
          latestDeliveryDate: dateAmsterdam(order.placedAt + latest * DAY),
          ...(item.timeFrameType === "APPOINTMENT" ? { exactDeliveryDate: dateAmsterdam(order.placedAt + 3 * DAY) } : {}),
          ...(fbr ? { expiryDate: dateAmsterdam(order.placedAt + (latest + 3) * DAY) } : {}),
          timeFrameType: item.timeFrameType,
        },
        offer: { offerId: product.offerId, reference: product.reference },
        product: { ean: product.ean, title: product.title },
        quantity: item.quantity,
        quantityShipped: item.quantityShipped,
        quantityCancelled: item.quantityCancelled,
        unitPrice: product.unitPrice,
        totalPrice: round2(product.unitPrice * item.quantity - discountTotal),
        discounts,
        commission: commission(product.unitPrice, item.quantity),
        ...(rng.chance(0.05) ? { additionalServices: [{ serviceType: "PLACEMENT_ONLY" }] } : {}),
        latestChangedDateTime: isoAmsterdam(item.changedAt),
      }
    }),
  }
}

function returnItemBase(ctx: RenderContext, item: ReturnItemRec): Json {
  const [mainReason, detailed, comments] = RETURN_REASONS[item.reason]
  const rng = rngFor(ctx.seed, SALT.returnDetail, item.key)
  return {
    rmaId: item.rmaId,
    orderId: item.orderId,
    ean: ctx.catalog[item.product].ean,
    expectedQuantity: item.expectedQuantity,
    returnReason: { mainReason, detailedReason: rng.pick(detailed), customerComments: rng.pick(comments) },
  }
}

function processingResults(item: ReturnItemRec): Json[] {
  if (!item.handled || item.handledAt === undefined) {
    return []
  }
  return [
    {
      quantity: item.quantityReturned ?? item.expectedQuantity,
      processingResult: item.processingResult ?? "ACCEPTED",
      handlingResult: item.handlingResult ?? "RETURN_RECEIVED",
      processingDateTime: isoAmsterdam(item.handledAt),
    },
  ]
}

/** `ReducedReturn`. */
export function reducedReturn(ctx: RenderContext, ret: ReturnRec): Json {
  return {
    returnId: ret.returnId,
    registrationDateTime: isoAmsterdam(ret.registeredAt),
    fulfilmentMethod: ret.fulfilmentMethod,
    returnItems: ret.items.map((item) => ({
      ...returnItemBase(ctx, item),
      handled: item.handled,
      processingResults: processingResults(item),
    })),
  }
}

/** `Return` (detail). */
export function returnDetail(ctx: RenderContext, ret: ReturnRec): Json {
  return {
    returnId: ret.returnId,
    registrationDateTime: isoAmsterdam(ret.registeredAt),
    fulfilmentMethod: ret.fulfilmentMethod,
    returnItems: ret.items.map((item) => ({
      ...returnItemBase(ctx, item),
      title: ctx.catalog[item.product].title,
      ...(item.trackAndTrace ? { trackAndTrace: item.trackAndTrace, transporterName: TRANSPORTER_NAMES.TNT } : {}),
      handled: item.handled,
      processingResults: processingResults(item),
      customerDetails: customerDetails(customerFor(ctx.seed, item.customerKey)),
    })),
  }
}

/** `ProcessStatus`. */
export function processStatus(ctx: RenderContext, process: ProcessRec): Json {
  return {
    processStatusId: process.processStatusId,
    ...(process.entityId !== undefined ? { entityId: process.entityId } : {}),
    eventType: process.eventType,
    description: process.description,
    status: process.status,
    ...(process.errorMessage !== undefined ? { errorMessage: process.errorMessage } : {}),
    createTimestamp: isoAmsterdam(process.createdAt),
    links: [{ rel: "self", href: `${ctx.baseUrl}/shared/process-status/${process.processStatusId}`, method: "GET" }],
  }
}
