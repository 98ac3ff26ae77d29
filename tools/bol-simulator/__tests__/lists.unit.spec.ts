import { startBolSimulator, type BolSimulator } from "../index"
import { api, expectValid, getToken, json, walk } from "./helpers"

const DAY = 86_400_000

describe("bol simulator: list endpoints", () => {
  let sim: BolSimulator
  let token: string

  beforeAll(async () => {
    sim = await startBolSimulator({
      frozenClock: true,
      startTime: "2026-05-20T10:00:00Z",
      seed: { shipments: { FBR: 120, FBB: 70 }, orders: { FBR: 80, FBB: 30 }, returns: { FBR: 60, FBB: 10 } },
      limits: { shipmentsList: null, ordersList: null, returnsList: null, shipmentDetail: null },
    })
    token = await getToken(sim)
  })
  afterAll(() => sim.close())

  describe("GET /retailer/shipments", () => {
    it("pages 50 at a time, newest first, and answers {} past the end", async () => {
      const sizes: number[] = []
      for (let page = 1; page <= 3; page++) {
        const body = await json<{ shipments: { shipmentDateTime: string }[] }>(
          await api(sim, `/retailer/shipments?page=${page}&fulfilment-method=FBR`, { token })
        )
        sizes.push(body.shipments.length)
      }
      expect(sizes).toEqual([50, 50, 20])
      const past = await api(sim, "/retailer/shipments?page=4&fulfilment-method=FBR", { token })
      expect(past.status).toBe(200)
      expect(await past.text()).toBe("{}")

      const { items, pages } = await walk(sim, token, "/retailer/shipments?fulfilment-method=FBR", "shipments")
      expect(pages).toBe(4)
      const ids = items.map((item) => item.shipmentId as string)
      expect(new Set(ids).size).toBe(120)
      const times = items.map((item) => Date.parse(item.shipmentDateTime as string))
      expect([...times].sort((a, b) => b - a)).toEqual(times)
      expect(ids).toEqual(sim.data.visibleShipmentIds("FBR"))
      for (const item of items) {
        expect(typeof item.shipmentId).toBe("string")
        expect(item.shipmentDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/)
      }
    })

    it("filters on fulfilment method, FBR by default", async () => {
      const fbr = (await walk(sim, token, "/retailer/shipments?fulfilment-method=FBR", "shipments")).items.map((s) => s.shipmentId)
      const fbb = (await walk(sim, token, "/retailer/shipments?fulfilment-method=FBB", "shipments")).items.map((s) => s.shipmentId)
      const byDefault = (await walk(sim, token, "/retailer/shipments", "shipments")).items.map((s) => s.shipmentId)
      expect(fbb).toHaveLength(70)
      expect(byDefault).toEqual(fbr)
      expect(fbr.filter((id) => fbb.includes(id))).toEqual([])
      for (const id of fbb) {
        expect(sim.data.getShipment(id as string)?.fulfilmentMethod).toBe("FBB")
      }
      const detail = await json<{ shipmentItems: { fulfilment: { method: string } }[] }>(
        await api(sim, `/retailer/shipments/${fbb[0]}`, { token })
      )
      expect(detail.shipmentItems[0].fulfilment.method).toBe("FBB")
    })

    it("filters on order-id whatever the fulfilment method, and rejects order-id with fulfilment-method", async () => {
      const fbbId = sim.data.visibleShipmentIds("FBB")[5]
      const orderId = sim.data.getShipment(fbbId)?.orderId as string
      const body = await json<{ shipments: { shipmentId: string; order: { orderId: string } }[] }>(
        await api(sim, `/retailer/shipments?order-id=${orderId}`, { token })
      )
      expect(body.shipments.map((s) => s.shipmentId)).toContain(fbbId)
      expect(body.shipments.every((s) => s.order.orderId === orderId)).toBe(true)
      expect(await (await api(sim, "/retailer/shipments?order-id=999", { token })).text()).toBe("{}")
      const both = await api(sim, `/retailer/shipments?order-id=${orderId}&fulfilment-method=FBB`, { token })
      expect(both.status).toBe(400)
      expect((await json(both)).violations).toEqual([{ name: "order-id", reason: "Only valid without fulfilment-method." }])
    })

    it("answers 400 with violations for an invalid enum or page", async () => {
      const res = await api(sim, "/retailer/shipments?fulfilment-method=ALL&page=0", { token })
      expect(res.status).toBe(400)
      const problem = await json(res)
      expectValid("retailer", "Problem", problem)
      expect(problem).toMatchObject({
        type: "https://api.bol.com/problems",
        status: 400,
        title: "Error validating request. Consult the bol.com API documentation for more information.",
        detail: "Bad request",
        instance: `${sim.url}/retailer/shipments?fulfilment-method=ALL&page=0`,
      })
      expect(problem.violations).toEqual([
        { name: "page", reason: "Request contains invalid value(s): '0', must be greater than or equal to 1." },
        { name: "fulfilment-method", reason: "Request contains invalid value(s): 'ALL', allowed values: FBR, FBB." },
      ])
      const notInt = await json(await api(sim, "/retailer/shipments?page=two", { token }))
      expect(notInt.violations).toEqual([{ name: "page", reason: "Request contains invalid value(s): 'two', expected an integer." }])
    })

    it("shows only the last 3 months", async () => {
      const aged = await startBolSimulator({ frozenClock: true, seed: { shipments: { FBR: 85, FBB: 0 }, orders: 0, returns: 0 } })
      try {
        // Seeded shipments are spread evenly over the last 85 days (one a day here).
        aged.clock.advance(20 * DAY)
        const { items } = await walk(aged, await getToken(aged), "/retailer/shipments", "shipments")
        expect(items.length).toBeGreaterThan(60)
        expect(items.length).toBeLessThan(85)
        const cutoff = new Date(aged.clock.now())
        cutoff.setUTCMonth(cutoff.getUTCMonth() - 3)
        expect(items.every((item) => Date.parse(item.shipmentDateTime as string) >= cutoff.getTime() - 1000)).toBe(true)
      } finally {
        await aged.close()
      }
    })
  })

  describe("GET /retailer/orders", () => {
    it("lists open FBR orders by default, newest first, 50 a page until {}", async () => {
      const { items, pages } = await walk(sim, token, "/retailer/orders", "orders")
      expect(pages).toBe(3)
      expect(items).toHaveLength(80)
      const times = items.map((order) => Date.parse(order.orderPlacedDateTime as string))
      expect([...times].sort((a, b) => b - a)).toEqual(times)
      for (const order of items) {
        for (const item of order.orderItems as Record<string, unknown>[]) {
          expect(item).toMatchObject({ fulfilmentMethod: "FBR", fulfilmentStatus: "OPEN" })
        }
      }
      const all = await walk(sim, token, "/retailer/orders?fulfilment-method=ALL&status=ALL", "orders")
      expect(all.items).toHaveLength(110)
      const fbb = await walk(sim, token, "/retailer/orders?fulfilment-method=FBB", "orders")
      expect(fbb.items).toHaveLength(30)
    })

    it("answers {} for SHIPPED before anything shipped and 400 for bad filters", async () => {
      expect(await (await api(sim, "/retailer/orders?status=SHIPPED", { token })).text()).toBe("{}")
      const res = await api(sim, "/retailer/orders?status=DONE&change-interval-minute=61&latest-change-date=yesterday", { token })
      expect(res.status).toBe(400)
      const names = ((await json(res)).violations as { name: string }[]).map((v) => v.name)
      expect(names).toEqual(["status", "change-interval-minute", "latest-change-date"])
    })

    it("filters on change-interval-minute and latest-change-date", async () => {
      const recent = await walk(sim, token, "/retailer/orders?change-interval-minute=60&fulfilment-method=ALL", "orders")
      const now = sim.clock.now()
      expect(recent.items.length).toBeGreaterThan(0)
      for (const order of recent.items) {
        for (const item of order.orderItems as { latestChangedDateTime: string }[]) {
          expect(now - Date.parse(item.latestChangedDateTime)).toBeLessThanOrEqual(60 * 60_000)
        }
      }
      expect(recent.items.length).toBeLessThan(110)

      // Seeded orders were placed from 2026-05-17 10:00Z to 2026-05-20 10:00Z.
      const day = "2026-05-18"
      const onDay = await walk(sim, token, `/retailer/orders?latest-change-date=${day}&fulfilment-method=ALL`, "orders")
      expect(onDay.items.length).toBeGreaterThan(0)
      expect(onDay.items.length).toBeLessThan(110)
      for (const order of onDay.items) {
        for (const item of order.orderItems as { latestChangedDateTime: string }[]) {
          // Amsterdam calendar date of the change
          expect(item.latestChangedDateTime.slice(0, 10)).toBe(day)
        }
      }
    })
  })

  describe("GET /retailer/returns", () => {
    it("lists unhandled returns oldest first by default and handled ones newest first", async () => {
      const unhandled = await walk(sim, token, "/retailer/returns", "returns")
      const handled = await walk(sim, token, "/retailer/returns?handled=true", "returns")
      expect(unhandled.items.length + handled.items.length).toBe(60)
      expect(unhandled.items.length).toBeGreaterThan(0)
      expect(handled.items.length).toBeGreaterThan(0)
      const up = unhandled.items.map((r) => Date.parse(r.registrationDateTime as string))
      const down = handled.items.map((r) => Date.parse(r.registrationDateTime as string))
      expect([...up].sort((a, b) => a - b)).toEqual(up)
      expect([...down].sort((a, b) => b - a)).toEqual(down)
      for (const ret of handled.items) {
        for (const item of ret.returnItems as { handled: boolean; processingResults: unknown[] }[]) {
          expect(item.handled).toBe(true)
          expect(item.processingResults.length).toBeGreaterThan(0)
        }
      }
      expect(unhandled.items.every((r) => r.fulfilmentMethod === "FBR")).toBe(true)
      const fbb = [
        ...(await walk(sim, token, "/retailer/returns?fulfilment-method=FBB&handled=false", "returns")).items,
        ...(await walk(sim, token, "/retailer/returns?fulfilment-method=FBB&handled=true", "returns")).items,
      ]
      expect(fbb).toHaveLength(10)
      expect(fbb.every((r) => r.fulfilmentMethod === "FBB")).toBe(true)
    })

    it("answers bol's 400 for an invalid fulfilment method", async () => {
      const res = await api(sim, "/retailer/returns?fulfilment-method=FBX&handled=0&page=1", { token })
      expect(res.status).toBe(400)
      const problem = await json(res)
      expectValid("retailer", "Problem", problem)
      expect(problem.violations).toEqual([
        { name: "fulfilment-method", reason: "Request contains invalid value(s): 'FBX', allowed values: FBR, FBB." },
      ])
      expect(problem.instance).toBe(`${sim.url}/retailer/returns?fulfilment-method=FBX&handled=0&page=1`)
    })
  })

  it("maps the demo bases onto the live ones", async () => {
    const live = await (await api(sim, "/retailer/shipments?page=2", { token })).text()
    const demo = await (await api(sim, "/retailer-demo/shipments?page=2", { token })).text()
    expect(demo).toBe(live)
  })
})
