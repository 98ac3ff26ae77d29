import { Rng, SALT, rngFor } from "./prng"
import type { ShipmentRec, TransportEventRec } from "./records"
import { DAY, MINUTE, isoAmsterdam } from "./time"

const HOUR = 60 * MINUTE

export function trackAndTraceFor(rng: Rng, transporterCode: string): string {
  switch (transporterCode) {
    case "DHL":
      return `JVGL0${rng.digits(15)}`
    case "DPD_NL":
    case "DPD_BE":
      return `0${rng.digits(13)}`
    case "BPOST_BE":
      return `3232${rng.digits(20)}`
    case "GLS":
      return rng.digits(11)
    default:
      return `3SBOL${rng.digits(10)}`
  }
}

/** The generated transporter, track & trace and label of a shipment. */
function generatedTransport(seed: number, shipment: ShipmentRec, belgian: boolean) {
  const rng = rngFor(seed, SALT.transport, shipment.key)
  const transporterCode =
    shipment.fulfilmentMethod === "FBB"
      ? rng.weighted([["TNT", 9], ["DHL", 1]] as const)
      : belgian
        ? rng.weighted([["BPOST_BE", 6], ["DPD_BE", 2], ["TNT", 2]] as const)
        : rng.weighted([["TNT", 6], ["DHL", 2.5], ["DPD_NL", 1], ["GLS", 0.5]] as const)
  const trackAndTrace = trackAndTraceFor(rng, transporterCode)
  const shippingLabelId = shipment.fulfilmentMethod === "FBR" && rng.chance(0.3) ? rng.digits(9) : undefined
  return { transporterCode, trackAndTrace, shippingLabelId, rng }
}

/**
 * The transport events a shipment has had by `now`: a timeline derived from
 * its key (pre-announced, at transporter, in transit, delivered or at/picked
 * up at the pick-up point, rarely returned to sender), so that events
 * appear as the clock moves, plus events added by tests.
 */
export function transportEvents(seed: number, shipment: ShipmentRec, now: number): TransportEventRec[] {
  const rng = rngFor(seed, SALT.transport, shipment.key ^ 0x5a5a5a)
  const start = shipment.at
  const timeline: TransportEventRec[] = [
    { eventCode: "PRE_ANNOUNCED", at: start + rng.int(5, 60) * MINUTE },
    { eventCode: "AT_TRANSPORTER", at: start + rng.int(2, 8) * HOUR },
    { eventCode: "IN_TRANSIT", at: start + rng.int(9, 16) * HOUR },
  ]
  const deliveredAt = start + rng.int(18, 40) * HOUR
  if (shipment.pickupPoint) {
    timeline.push({ eventCode: "AT_PICK_UP_POINT", at: deliveredAt })
    const collected = rng.chance(0.93)
    timeline.push({
      eventCode: collected ? "PICKED_UP_AT_PICK_UP_POINT" : "RETURNED_TO_SENDER",
      at: deliveredAt + (collected ? rng.int(2, 96) * HOUR : 7 * DAY),
    })
  } else {
    const outcome = rng.weighted([["DELIVERED_AT_CUSTOMER", 90], ["DELIVERED_AT_NEIGHBOURS", 8], ["RETURNED_TO_SENDER", 2]] as const)
    timeline.push({ eventCode: outcome, at: outcome === "RETURNED_TO_SENDER" ? deliveredAt + 2 * DAY : deliveredAt })
  }
  const events = timeline.filter((event) => event.at <= now)
  for (const extra of shipment.extraEvents ?? []) {
    if (extra.at <= now) {
      events.push(extra)
    }
  }
  return events.sort((a, b) => a.at - b.at)
}

/** `ShipmentTransport` of a shipment detail. */
export function renderTransport(seed: number, shipment: ShipmentRec, belgian: boolean, now: number): Record<string, unknown> {
  const generated = generatedTransport(seed, shipment, belgian)
  const explicit = shipment.transport
  const transporterCode = explicit ? explicit.transporterCode : generated.transporterCode
  const trackAndTrace = explicit ? explicit.trackAndTrace : generated.trackAndTrace
  const shippingLabelId = explicit ? explicit.shippingLabelId : generated.shippingLabelId
  return {
    transportId: shipment.transportId,
    ...(transporterCode ? { transporterCode } : {}),
    ...(trackAndTrace ? { trackAndTrace } : {}),
    ...(shippingLabelId ? { shippingLabelId } : {}),
    transportEvents: transportEvents(seed, shipment, now).map((event) => ({
      eventCode: event.eventCode,
      eventDateTime: isoAmsterdam(event.at),
    })),
  }
}
