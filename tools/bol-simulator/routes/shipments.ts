import { badRequest, notFound, RETAILER_MEDIA_TYPE, type Violation } from "../errors"
import type { ShipmentRequestInput } from "../data"
import { FULFILMENT_METHODS } from "../records"
import { processStatus, reducedShipment, shipmentDetail } from "../render"
import { TRANSPORTER_CODES } from "../vocab"
import { isPositiveInt, parseJsonObject } from "./body"
import { QueryParams } from "./params"
import type { Route } from "./types"

const produces = [RETAILER_MEDIA_TYPE]

/** Checks a `ShipmentRequest` body; returns the request or the violations. */
export function validateShipmentRequest(body: Record<string, unknown>): ShipmentRequestInput | Violation[] {
  const violations: Violation[] = []
  const orderItems = body.orderItems
  if (!Array.isArray(orderItems)) {
    violations.push({ name: "orderItems", reason: "must not be null" })
  } else if (orderItems.length < 1 || orderItems.length > 100) {
    violations.push({ name: "orderItems", reason: "size must be between 1 and 100" })
  } else {
    orderItems.forEach((item: unknown, index) => {
      const line = (item ?? {}) as Record<string, unknown>
      if (typeof line.orderItemId !== "string" || line.orderItemId.length === 0) {
        violations.push({ name: `orderItems[${index}].orderItemId`, reason: "must not be empty" })
      }
      if (line.quantity !== undefined && line.quantity !== null && !isPositiveInt(line.quantity)) {
        violations.push({ name: `orderItems[${index}].quantity`, reason: "must be greater than or equal to 1" })
      }
    })
  }
  const reference = body.shipmentReference
  if (reference !== undefined && reference !== null && (typeof reference !== "string" || reference.length < 1 || reference.length > 90)) {
    violations.push({ name: "shipmentReference", reason: "size must be between 1 and 90" })
  }
  if (body.shippingLabelId !== undefined && body.shippingLabelId !== null && typeof body.shippingLabelId !== "string") {
    violations.push({ name: "shippingLabelId", reason: "must be a string" })
  }
  const transport = body.transport as Record<string, unknown> | undefined | null
  if (transport !== undefined && transport !== null) {
    if (typeof transport !== "object") {
      violations.push({ name: "transport", reason: "must be an object" })
    } else {
      if (typeof transport.transporterCode !== "string" || !(TRANSPORTER_CODES as readonly string[]).includes(transport.transporterCode)) {
        violations.push({
          name: "transport.transporterCode",
          reason: `Request contains invalid value(s): '${String(transport.transporterCode)}', allowed values: ${TRANSPORTER_CODES.join(", ")}.`,
        })
      }
      if (transport.trackAndTrace !== undefined && transport.trackAndTrace !== null && typeof transport.trackAndTrace !== "string") {
        violations.push({ name: "transport.trackAndTrace", reason: "must be a string" })
      }
      if (typeof body.shippingLabelId === "string") {
        violations.push({ name: "transport", reason: "must be omitted when a shippingLabelId is given" })
      }
    }
  }
  if (violations.length > 0) {
    return violations
  }
  return {
    orderItems: (orderItems as { orderItemId: string; quantity?: number | null }[]).map((line) => ({
      orderItemId: line.orderItemId,
      ...(typeof line.quantity === "number" ? { quantity: line.quantity } : {}),
    })),
    shipmentReference: typeof reference === "string" ? reference : null,
    ...(typeof body.shippingLabelId === "string" ? { shippingLabelId: body.shippingLabelId } : {}),
    ...(transport
      ? {
          transport: {
            transporterCode: transport.transporterCode as string,
            ...(typeof transport.trackAndTrace === "string" ? { trackAndTrace: transport.trackAndTrace } : {}),
          },
        }
      : {}),
  }
}

export const shipmentRoutes: Route[] = [
  {
    method: "GET",
    template: "/retailer/shipments",
    group: "shipmentsList",
    produces,
    handler(ctx) {
      const params = new QueryParams(ctx.query)
      const page = params.page()
      const method = params.oneOf("fulfilment-method", FULFILMENT_METHODS)
      const orderId = params.string("order-id")
      if (orderId !== undefined && ctx.query.has("fulfilment-method")) {
        params.violations.push({ name: "order-id", reason: "Only valid without fulfilment-method." })
      }
      if (params.violations.length > 0) {
        return ctx.problem(badRequest(params.violations))
      }
      const shipments = ctx.store.listShipments({ fulfilmentMethod: method ?? "FBR", orderId, page })
      ctx.reply(200, shipments.length === 0 ? {} : { shipments: shipments.map((s) => reducedShipment(ctx.render, s)) })
    },
  },
  {
    method: "GET",
    template: "/retailer/shipments/{shipment-id}",
    group: "shipmentDetail",
    produces,
    handler(ctx) {
      const id = ctx.params["shipment-id"]
      const shipment = ctx.store.getShipment(id)
      if (!shipment) {
        return ctx.problem(notFound(`Shipment for shipment id ${id} not found.`))
      }
      ctx.reply(200, shipmentDetail(ctx.render, shipment))
    },
  },
  {
    method: "POST",
    template: "/retailer/shipments",
    group: "shipmentCreate",
    produces,
    hasBody: true,
    handler(ctx) {
      const parsed = parseJsonObject(ctx.body)
      if ("violation" in parsed) {
        return ctx.problem(badRequest([parsed.violation]))
      }
      const request = validateShipmentRequest(parsed.value)
      if (Array.isArray(request)) {
        return ctx.problem(badRequest(request))
      }
      ctx.reply(202, processStatus(ctx.render, ctx.store.createShipment(request)))
    },
  },
]
