import { BolSimulatorError, startBolSimulator, type BolSimulator } from "../index"
import { api, basicAuth, getToken, json, MEDIA } from "./helpers"

/** Behaviours of the real bol API that the simulator reproduces on request (all off by default). */

const START = "2026-05-20T10:00:00Z"
const START_EPOCH_SECONDS = Date.parse(START) / 1000

const rateHeaders = (res: Response) => ({
  limit: res.headers.get("x-ratelimit-limit"),
  remaining: res.headers.get("x-ratelimit-remaining"),
  reset: res.headers.get("x-ratelimit-reset"),
  retryAfter: res.headers.get("retry-after"),
})

type ListedOrders = { orders: { orderId: string; orderItems: { orderItemId: string; fulfilmentStatus: string; quantity: number; quantityShipped: number }[] }[] }
type ShipmentItem = Record<string, unknown> & { orderItemId: string; fulfilment?: unknown }

describe("bol simulator: quirks of the real API", () => {
  let sim: BolSimulator
  let token: string

  beforeEach(async () => {
    sim = await startBolSimulator({
      frozenClock: true,
      startTime: START,
      seed: { shipments: { FBR: 120, FBB: 10 }, orders: { FBR: 10, FBB: 3 }, returns: 2 },
    })
    token = await getToken(sim)
  })
  afterEach(() => sim.close())

  /** Ships one open FBR order item completely; returns it. */
  async function shipOne() {
    const open = sim.data.openOrderItems("FBR")[0]
    const res = await api(sim, "/retailer/shipments", { token, method: "POST", body: { orderItems: [{ orderItemId: open.orderItemId }] } })
    expect(res.status).toBe(202)
    sim.data.settle()
    return open
  }

  it("leaves every quirk off by default", () => {
    expect(sim.settings).toEqual({
      omitRetryAfter: false,
      lowerCaseHeaders: false,
      problemStyle: "recorded",
      resetStyle: "relative",
      bareRateLimited: false,
      problemRetryHint: true,
      staleListStatus: false,
      thinDetails: false,
    })
  })

  describe("resetStyle", () => {
    it("relative (default): X-RateLimit-Reset is the seconds until the bucket is full", async () => {
      expect(rateHeaders(await api(sim, "/retailer/shipments", { token }))).toMatchObject({ reset: "3" })
    })

    it("epoch: X-RateLimit-Reset is a Unix timestamp in seconds on the simulator clock, on 200 and 429", async () => {
      sim.settings.resetStyle = "epoch"
      expect(rateHeaders(await api(sim, "/retailer/shipments", { token }))).toEqual({
        limit: "25",
        remaining: "24",
        reset: String(START_EPOCH_SECONDS + 3),
        retryAfter: null,
      })
      sim.clock.advance(10_500)
      expect((await api(sim, "/retailer/shipments", { token })).headers.get("x-ratelimit-reset")).toBe(String(START_EPOCH_SECONDS + 10 + 3))

      sim.setLimits({ shipmentsList: { maxCapacity: 1 } })
      await api(sim, "/retailer/shipments", { token })
      const limited = await api(sim, "/retailer/shipments", { token })
      expect(limited.status).toBe(429)
      expect(rateHeaders(limited)).toEqual({ limit: "1", remaining: "0", reset: String(START_EPOCH_SECONDS + 10 + 60), retryAfter: "60" })

      sim.settings.resetStyle = "relative"
      expect((await api(sim, "/retailer/shipments", { token })).headers.get("x-ratelimit-reset")).toBe("60")
    })

    it("is also an option, and rejects unknown styles", async () => {
      const epoch = await startBolSimulator({ frozenClock: true, startTime: START, resetStyle: "epoch", seed: { shipments: 1, orders: 0, returns: 0 } })
      try {
        const res = await api(epoch, "/retailer/shipments", { token: await getToken(epoch) })
        expect(res.headers.get("x-ratelimit-reset")).toBe(String(START_EPOCH_SECONDS + 3))
      } finally {
        await epoch.close()
      }
      await expect(startBolSimulator({ resetStyle: "iso" as never })).rejects.toThrow(BolSimulatorError)
    })
  })

  describe("bareRateLimited and problemRetryHint", () => {
    beforeEach(() => sim.setLimits({ shipmentsList: { maxCapacity: 1 }, token: { maxCapacity: 1 } }))

    it("by default a 429 carries Retry-After, the X-RateLimit headers and the wait in its body", async () => {
      await api(sim, "/retailer/shipments", { token })
      const limited = await api(sim, "/retailer/shipments", { token })
      expect(limited.status).toBe(429)
      expect(rateHeaders(limited)).toEqual({ limit: "1", remaining: "0", reset: "60", retryAfter: "60" })
      expect(await json(limited)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests, retry in 60 seconds." })
    })

    it("bareRateLimited: a 429 has neither Retry-After nor any X-RateLimit header; the body still names the wait", async () => {
      sim.settings.bareRateLimited = true
      const allowed = await api(sim, "/retailer/shipments", { token })
      expect(rateHeaders(allowed)).toMatchObject({ limit: "1", remaining: "0", reset: "60" })
      const limited = await api(sim, "/retailer/shipments", { token })
      expect(limited.status).toBe(429)
      expect(limited.headers.get("content-type")).toBe(MEDIA)
      expect(rateHeaders(limited)).toEqual({ limit: null, remaining: null, reset: null, retryAfter: null })
      expect([...limited.headers.keys()].filter((name) => name.startsWith("x-ratelimit"))).toEqual([])
      expect(await json(limited)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests, retry in 60 seconds." })
      expect(sim.stats.rateLimitViolations).toBe(1)

      // The token endpoint's 429 loses its Retry-After too.
      await getToken(sim) // empties the token bucket (capacity 1)
      const tokenLimited = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, { method: "POST", headers: { Authorization: basicAuth(sim.clients[0]) } })
      expect(tokenLimited.status).toBe(429)
      expect(tokenLimited.headers.has("retry-after")).toBe(false)
    })

    it("problemRetryHint false: the 429 body states no wait (headers unchanged unless bare)", async () => {
      sim.settings.problemRetryHint = false
      await api(sim, "/retailer/shipments", { token })
      const limited = await api(sim, "/retailer/shipments", { token })
      expect(limited.status).toBe(429)
      expect(rateHeaders(limited)).toMatchObject({ retryAfter: "60", reset: "60" })
      expect(await json(limited)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests." })

      sim.settings.bareRateLimited = true
      const noHint = await api(sim, "/retailer/shipments", { token })
      expect(rateHeaders(noHint)).toEqual({ limit: null, remaining: null, reset: null, retryAfter: null })
      expect(await json(noHint)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests." })

      await getToken(sim) // empties the token bucket (capacity 1)
      const tokenLimited = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, { method: "POST", headers: { Authorization: basicAuth(sim.clients[0]) } })
      expect(tokenLimited.status).toBe(429)
      expect(await json(tokenLimited)).toEqual({ error: "too_many_requests", error_description: "Too many token requests." })
    })

    it("are options too", async () => {
      const bare = await startBolSimulator({
        frozenClock: true,
        bareRateLimited: true,
        problemRetryHint: false,
        limits: { ordersList: { maxCapacity: 1 } },
        seed: { shipments: 0, orders: 1, returns: 0 },
      })
      try {
        const bareToken = await getToken(bare)
        await api(bare, "/retailer/orders", { token: bareToken })
        const limited = await api(bare, "/retailer/orders", { token: bareToken })
        expect(limited.status).toBe(429)
        expect(rateHeaders(limited)).toEqual({ limit: null, remaining: null, reset: null, retryAfter: null })
        expect(await json(limited)).toEqual({ title: "Too Many Requests", status: 429, detail: "Too many requests." })
      } finally {
        await bare.close()
      }
    })
  })

  describe("staleListStatus", () => {
    it("by default a fully shipped item is HANDLED in the list", async () => {
      const shipped = await shipOne()
      const list = await json<ListedOrders>(await api(sim, "/retailer/orders?status=ALL", { token }))
      const item = list.orders.flatMap((order) => order.orderItems).find((i) => i.orderItemId === shipped.orderItemId)
      expect(item).toMatchObject({ fulfilmentStatus: "HANDLED", quantityShipped: shipped.openQuantity })
    })

    it("makes every listed item say OPEN while quantities, details and the status filter stay true", async () => {
      const shipped = await shipOne()
      sim.settings.staleListStatus = true
      const all = await json<ListedOrders>(await api(sim, "/retailer/orders?fulfilment-method=ALL&status=ALL", { token }))
      const items = all.orders.flatMap((order) => order.orderItems)
      expect(new Set(items.map((i) => i.fulfilmentStatus))).toEqual(new Set(["OPEN"]))
      const item = items.find((i) => i.orderItemId === shipped.orderItemId)
      expect(item).toMatchObject({ fulfilmentStatus: "OPEN", quantity: shipped.openQuantity, quantityShipped: shipped.openQuantity })

      // The filter works on the true state: the shipped item is not in the OPEN list, it is in the SHIPPED one.
      const open = await json<ListedOrders>(await api(sim, "/retailer/orders?status=OPEN", { token }))
      expect(open.orders.flatMap((order) => order.orderItems).map((i) => i.orderItemId)).not.toContain(shipped.orderItemId)
      const shippedList = await json<ListedOrders>(await api(sim, "/retailer/orders?status=SHIPPED", { token }))
      expect(shippedList.orders.flatMap((order) => order.orderItems)).toEqual([expect.objectContaining({ orderItemId: shipped.orderItemId, fulfilmentStatus: "OPEN" })])

      const detail = await json<{ orderItems: { orderItemId: string; quantityShipped: number }[] }>(await api(sim, `/retailer/orders/${shipped.orderId}`, { token }))
      expect(detail.orderItems.find((i) => i.orderItemId === shipped.orderItemId)?.quantityShipped).toBe(shipped.openQuantity)
    })

    it("is an option too", async () => {
      const stale = await startBolSimulator({ frozenClock: true, staleListStatus: true, seed: { shipments: 0, orders: { FBR: 2, FBB: 0 }, returns: 0 } })
      try {
        const staleToken = await getToken(stale)
        const open = stale.data.openOrderItems("FBR")[0]
        await api(stale, "/retailer/shipments", { token: staleToken, method: "POST", body: { orderItems: [{ orderItemId: open.orderItemId }] } })
        stale.data.settle()
        const list = await json<ListedOrders>(await api(stale, "/retailer/orders?status=SHIPPED", { token: staleToken }))
        expect(list.orders.flatMap((order) => order.orderItems)).toEqual([
          expect.objectContaining({ orderItemId: open.orderItemId, fulfilmentStatus: "OPEN", quantityShipped: open.openQuantity }),
        ])
      } finally {
        await stale.close()
      }
    })
  })

  describe("thinDetails", () => {
    it("leaves fulfilment out of every shipment-detail item, and nothing else", async () => {
      const id = sim.data.visibleShipmentIds("FBR")[0]
      const full = await json<{ shipmentItems: ShipmentItem[] }>(await api(sim, `/retailer/shipments/${id}`, { token }))
      expect(full.shipmentItems.every((item) => item.fulfilment !== undefined)).toBe(true)
      const listBefore = await (await api(sim, "/retailer/shipments", { token })).text()

      sim.settings.thinDetails = true
      const res = await api(sim, `/retailer/shipments/${id}`, { token })
      expect(res.status).toBe(200)
      const thin = await json<{ shipmentItems: ShipmentItem[] }>(res)
      expect(thin.shipmentItems.every((item) => !("fulfilment" in item))).toBe(true)
      expect(thin).toEqual({ ...full, shipmentItems: full.shipmentItems.map(({ fulfilment: _omitted, ...rest }) => rest) })
      expect(await (await api(sim, "/retailer/shipments", { token })).text()).toBe(listBefore)
      // Order details keep their fulfilment.
      const order = await json<{ orderItems: ShipmentItem[] }>(await api(sim, `/retailer/orders/${sim.data.openOrderItems("FBR")[0].orderId}`, { token }))
      expect(order.orderItems[0].fulfilment).toBeDefined()
    })

    it("is an option too", async () => {
      const thin = await startBolSimulator({ frozenClock: true, thinDetails: true, seed: { shipments: { FBR: 2, FBB: 1 }, orders: 0, returns: 0 } })
      try {
        const thinToken = await getToken(thin)
        for (const id of [...thin.data.visibleShipmentIds("FBR"), ...thin.data.visibleShipmentIds("FBB")]) {
          const detail = await json<{ shipmentItems: ShipmentItem[] }>(await api(thin, `/retailer/shipments/${id}`, { token: thinToken }))
          expect(detail.shipmentItems.some((item) => "fulfilment" in item)).toBe(false)
        }
      } finally {
        await thin.close()
      }
    })
  })

  describe("not-json fault", () => {
    it("answers 200 with an HTML page by default", async () => {
      sim.inject({ kind: "not-json", match: "GET /retailer/shipments" })
      const res = await api(sim, "/retailer/shipments", { token })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("text/html")
      const text = await res.text()
      expect(text).toMatch(/^<!DOCTYPE html>/)
      expect(() => JSON.parse(text)).toThrow()
      expect((await api(sim, "/retailer/shipments", { token })).headers.get("content-type")).toBe(`${MEDIA};charset=UTF-8`)
      expect(sim.stats.faultsByKind).toEqual({ "not-json": 1 })
      expect(sim.stats.byStatus["200"]).toBe(3) // token, faulted, normal
    })

    it("answers text/plain OK with the given 2xx status", async () => {
      sim.inject({ kind: "not-json", body: "text", status: 202 })
      const res = await api(sim, "/retailer/orders", { token })
      expect(res.status).toBe(202)
      expect(res.headers.get("content-type")).toBe("text/plain")
      expect(await res.text()).toBe("OK")
    })

    it("truncated: the real answer (the route ran) cut in half, labelled as bol JSON", async () => {
      const full = await (await api(sim, "/retailer/shipments?page=2", { token })).text()
      sim.inject({ kind: "not-json", body: "truncated", match: "GET /retailer/shipments" })
      const res = await api(sim, "/retailer/shipments?page=2", { token })
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe(`${MEDIA};charset=UTF-8`)
      // The route ran: the request took from the bucket.
      expect(rateHeaders(res)).toMatchObject({ limit: "25", remaining: "23" })
      const text = await res.text()
      expect(text).toBe(full.slice(0, Math.floor(full.length / 2)))
      expect(() => JSON.parse(text)).toThrow()

      // A truncated write still happened.
      sim.inject({ kind: "not-json", body: "truncated", match: "POST /retailer/shipments" })
      const open = sim.data.openOrderItems("FBR")[0]
      const before = sim.data.counts().shipments.FBR
      const write = await api(sim, "/retailer/shipments", { token, method: "POST", body: { orderItems: [{ orderItemId: open.orderItemId }] } })
      expect(write.status).toBe(200)
      const written = await write.text()
      expect(() => JSON.parse(written)).toThrow()
      sim.data.settle()
      expect(sim.data.counts().shipments.FBR).toBe(before + 1)
      expect(sim.stats.faultsByKind).toEqual({ "not-json": 2 })
    })

    it("rejects a status outside 2xx and unknown bodies", () => {
      expect(() => sim.inject({ kind: "not-json", status: 500 })).toThrow(BolSimulatorError)
      expect(() => sim.inject({ kind: "not-json", body: "xml" as never })).toThrow(BolSimulatorError)
    })
  })

  describe("age-out fault", () => {
    it("takes the oldest shipments of a method off the list just before the answer; their details answer 404", async () => {
      const visible = sim.data.visibleShipmentIds("FBR")
      const oldest = visible.slice(-3)
      expect((await api(sim, `/retailer/shipments/${oldest[0]}`, { token })).status).toBe(200)
      const fault = sim.inject({ kind: "age-out", count: 3, fulfilmentMethod: "FBR", match: "GET /retailer/shipments" })
      const page3 = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, "/retailer/shipments?page=3", { token }))
      expect(fault.hits).toBe(1)
      expect(page3.shipments).toHaveLength(17)
      expect(page3.shipments.map((s) => s.shipmentId)).toEqual(visible.slice(100, 117))
      expect(sim.data.counts().shipments).toEqual({ FBR: 117, FBB: 10 })
      for (const id of oldest) {
        const res = await api(sim, `/retailer/shipments/${id}`, { token })
        expect(res.status).toBe(404)
        expect(await json(res)).toMatchObject({ title: "Not Found", detail: `Shipment for shipment id ${id} not found.` })
      }
      // Other shipments are untouched.
      expect((await api(sim, `/retailer/shipments/${visible[0]}`, { token })).status).toBe(200)
    })

    it("without a method takes the oldest of both methods; count defaults to 1", async () => {
      const all = [...sim.data.visibleShipmentIds("FBR"), ...sim.data.visibleShipmentIds("FBB")]
      const at = (id: string) => sim.data.getShipment(id)?.at ?? 0
      const oldest = [...all].sort((a, b) => at(a) - at(b))[0]
      sim.inject({ kind: "age-out" })
      expect((await api(sim, "/retailer/orders", { token })).status).toBe(200)
      expect(sim.data.getShipment(oldest)).toBeUndefined()
      expect(sim.data.counts().shipments.FBR + sim.data.counts().shipments.FBB).toBe(129)
      expect(sim.stats.faultsByKind).toEqual({ "age-out": 1 })

      const fbb = sim.data.visibleShipmentIds("FBB")
      expect(sim.ageOutShipments(2, { fulfilmentMethod: "FBB" })).toEqual(fbb.slice(-2).reverse())
      expect(sim.data.visibleShipmentIds("FBB")).toEqual(fbb.slice(0, -2))
    })
  })
})
