import { ean13 } from "../catalog"
import { createClock } from "../clock"
import { BolStore } from "../data"
import { parseArgs } from "../cli"
import { shipmentDetail, type RenderContext } from "../render"
import { dateAmsterdam, isoAmsterdam } from "../time"

const START = Date.parse("2026-01-15T12:00:00Z")

function renderContext(store: BolStore, now: number): RenderContext {
  return { seed: store.seed, catalog: store.catalog, now, baseUrl: "http://sim" }
}

describe("bol simulator: data generator", () => {
  // No wall-clock bound here: a unit test that times itself fails on a busy machine.
  // `npm run sim:bol` prints how long generating its data took.
  it("generates 10,000 shipments compactly, building details on demand", () => {
    const before = process.memoryUsage().heapUsed
    const store = new BolStore({
      seed: 7,
      clock: createClock({ startTime: START, frozen: true }),
      counts: { shipments: { FBR: 6000, FBB: 4000 }, orders: 1000, returns: 1000 },
    })
    expect(store.counts().shipments).toEqual({ FBR: 6000, FBB: 4000 })
    // Records only; details are built on demand (loose bound: heap noise).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(80 * 1024 * 1024)
    const ctx = renderContext(store, START)
    for (const id of store.visibleShipmentIds("FBR").slice(0, 1000)) {
      expect(shipmentDetail(ctx, store.getShipment(id)!)).toMatchObject({ shipmentId: id })
    }
  })

  it("is deterministic for a seed and differs between seeds", () => {
    const make = (seed: number) =>
      new BolStore({ seed, clock: createClock({ startTime: START, frozen: true }), counts: { shipments: { FBR: 200, FBB: 50 }, orders: 20, returns: 20 } })
    const a = make(3)
    const b = make(3)
    const c = make(4)
    expect(a.allShipmentIds()).toEqual(b.allShipmentIds())
    expect(a.allShipmentIds()).not.toEqual(c.allShipmentIds())
    const id = a.visibleShipmentIds("FBB")[10]
    expect(shipmentDetail(renderContext(a, START), a.getShipment(id)!)).toEqual(shipmentDetail(renderContext(b, START), b.getShipment(id)!))
    const ids = [...a.allShipmentIds().FBR, ...a.allShipmentIds().FBB]
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((shipmentId) => /^\d{9}$/.test(shipmentId))).toBe(true)
  })

  it("writes Europe/Amsterdam offsets and dates", () => {
    expect(isoAmsterdam(Date.parse("2026-01-15T12:00:00.789Z"))).toBe("2026-01-15T13:00:00+01:00")
    expect(isoAmsterdam(Date.parse("2026-07-01T22:30:00Z"))).toBe("2026-07-02T00:30:00+02:00")
    // Summer time starts 2026-03-29 01:00 UTC and ends 2026-10-25 01:00 UTC.
    expect(isoAmsterdam(Date.parse("2026-03-29T00:59:59Z"))).toBe("2026-03-29T01:59:59+01:00")
    expect(isoAmsterdam(Date.parse("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00+02:00")
    expect(isoAmsterdam(Date.parse("2026-10-25T00:59:59Z"))).toBe("2026-10-25T02:59:59+02:00")
    expect(isoAmsterdam(Date.parse("2026-10-25T01:00:00Z"))).toBe("2026-10-25T02:00:00+01:00")
    expect(dateAmsterdam(Date.parse("2026-07-01T22:30:00Z"))).toBe("2026-07-02")
  })

  it("makes valid EAN-13 codes", () => {
    expect(ean13("871262605515")).toBe("8712626055150")
    const store = new BolStore({ seed: 1, clock: createClock({ startTime: START, frozen: true }), counts: { shipments: 0, orders: 0, returns: 0 } })
    for (const product of store.catalog.slice(0, 200)) {
      expect(product.ean).toMatch(/^\d{13}$/)
      expect(ean13(product.ean.slice(0, 12))).toBe(product.ean)
    }
  })

  it("lets transport events appear as the clock moves, and takes added events", () => {
    const clock = createClock({ startTime: START, frozen: true })
    const store = new BolStore({ seed: 2, clock, counts: { shipments: { FBR: 5, FBB: 0 }, orders: 0, returns: 0 } })
    const [id] = store.addShipments(1, { fulfilmentMethod: "FBR" }).map((s) => s.shipmentId)
    const events = () =>
      (shipmentDetail(renderContext(store, clock.now()), store.getShipment(id)!).transport as { transportEvents: { eventCode: string }[] }).transportEvents.map(
        (e) => e.eventCode
      )
    expect(events()).toEqual([])
    clock.advance(3_600_000)
    expect(events()).toEqual(["PRE_ANNOUNCED"])
    clock.advance(12 * 86_400_000)
    const final = events()
    expect(final.length).toBeGreaterThanOrEqual(4)
    expect(final.slice(0, 3)).toEqual(["PRE_ANNOUNCED", "AT_TRANSPORTER", "IN_TRANSIT"])
    store.addTransportEvent(id, "RETURNED_TO_SENDER")
    expect(events().at(-1)).toBe("RETURNED_TO_SENDER")
  })

  it("parses CLI flags and environment variables", () => {
    expect(parseArgs(["--port", "0", "--fbr=5", "--omit-retry-after"], { BOL_SIM_ORDERS: "3", BOL_SIM_PORT: "9" })).toEqual({
      port: "0",
      fbr: "5",
      orders: "3",
      "omit-retry-after": "1",
    })
    expect(() => parseArgs(["--nope"], {})).toThrow(/unknown flag/)
  })
})
