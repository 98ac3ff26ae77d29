import { startBolSimulator, type BolSimulator } from "../index"
import { api, getToken, json, walk } from "./helpers"

describe("bol simulator: failure injection", () => {
  let sim: BolSimulator
  let token: string
  /** The waits of slow answers: recorded instead of slept, so the tests assert them exactly. */
  let waits: number[]
  const recordWait = async (ms: number) => {
    waits.push(ms)
  }

  beforeEach(async () => {
    waits = []
    sim = await startBolSimulator({
      sleep: recordWait,
      frozenClock: true,
      seed: { shipments: { FBR: 120, FBB: 10 }, orders: 5, returns: 5 },
      limits: { shipmentsList: null, shipmentDetail: null },
    })
    token = await getToken(sim)
  })
  afterEach(() => sim.close())

  it("answers a 5xx with an HTML body for the next N matching requests", async () => {
    const fault = sim.inject({ kind: "html-error", match: "GET /retailer/shipments", times: 2 })
    for (let i = 0; i < 2; i++) {
      const res = await api(sim, "/retailer/shipments", { token })
      expect(res.status).toBe(500)
      expect(res.headers.get("content-type")).toBe("text/html")
      expect(await res.text()).toContain("<h1>500 Internal Server Error</h1>")
    }
    expect(fault.remaining).toBe(0)
    expect(fault.hits).toBe(2)
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)

    sim.inject({ kind: "html-error", status: 504 })
    const gateway = await api(sim, "/retailer/orders", { token })
    expect(gateway.status).toBe(504)
    expect(await gateway.text()).toContain("504 Gateway Timeout")
    expect(sim.stats.faultsByKind).toEqual({ "html-error": 3 })
    expect(sim.stats.rateLimitViolations).toBe(0)
  })

  it("answers 503, as HTML or as a Problem with Retry-After", async () => {
    sim.inject({ kind: "unavailable" })
    const html = await api(sim, "/retailer/shipments", { token })
    expect(html.status).toBe(503)
    expect(await html.text()).toContain("503 Service Unavailable")
    sim.inject({ kind: "unavailable", body: "problem", retryAfterSeconds: 7 })
    const problem = await api(sim, "/retailer/shipments", { token })
    expect(problem.status).toBe(503)
    expect(problem.headers.get("retry-after")).toBe("7")
    expect(await json(problem)).toMatchObject({ status: 503, title: "Service Unavailable" })
  })

  it("only hits requests that match the pattern", async () => {
    const id = sim.data.visibleShipmentIds("FBR")[0]
    sim.inject({ kind: "unavailable", match: "GET /retailer/shipments/*", times: 1 })
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)
    expect((await api(sim, "/retailer/shipments", { token, method: "POST", body: {} })).status).toBe(400)
    expect((await api(sim, `/retailer/shipments/${id}`, { token })).status).toBe(503)
    expect((await api(sim, `/retailer/shipments/${id}`, { token })).status).toBe(200)

    sim.inject({ kind: "html-error", match: /page=2/, times: 5 })
    expect((await api(sim, "/retailer/shipments?page=1", { token })).status).toBe(200)
    expect((await api(sim, "/retailer/shipments?page=2", { token })).status).toBe(500)
    sim.clearFaults()
    expect((await api(sim, "/retailer/shipments?page=2", { token })).status).toBe(200)
  })

  it("answers slowly (delay divided by speedUp)", async () => {
    sim.inject({ kind: "slow", delayMs: 300, match: "/retailer/shipments" })
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)
    expect(waits).toEqual([300])
    await api(sim, "/retailer/shipments", { token })
    expect(waits).toEqual([300])

    const fast = await startBolSimulator({ speedUp: 10, sleep: recordWait, seed: { shipments: 1, orders: 0, returns: 0 } })
    try {
      fast.inject({ kind: "slow", delayMs: 2000 })
      expect((await api(fast, "/retailer/shipments", { token: await getToken(fast) })).status).toBe(200)
      expect(waits).toEqual([300, 200])
    } finally {
      await fast.close()
    }
  })

  it("drops the connection without an answer", async () => {
    sim.inject({ kind: "drop", match: "GET /retailer/shipments" })
    await expect(api(sim, "/retailer/shipments", { token })).rejects.toThrow()
    expect(sim.stats.droppedConnections).toBe(1)
    expect((await api(sim, "/retailer/shipments", { token })).status).toBe(200)
    sim.inject({ kind: "drop", match: "POST /token" })
    await expect(getToken(sim)).rejects.toThrow()
  })

  it("makes new shipments appear at the head between page fetches (pages shift)", async () => {
    const page1 = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, "/retailer/shipments?page=1", { token }))
    sim.inject({ kind: "new-shipments", count: 3, match: "GET /retailer/shipments" })
    const page2 = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, "/retailer/shipments?page=2", { token }))
    // The last 3 of page 1 moved to the top of page 2.
    expect(page2.shipments.slice(0, 3).map((s) => s.shipmentId)).toEqual(page1.shipments.slice(47).map((s) => s.shipmentId))
    const newest = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, "/retailer/shipments?page=1", { token }))
    const added = newest.shipments.slice(0, 3).map((s) => s.shipmentId)
    expect(added.some((id) => page1.shipments.some((s) => s.shipmentId === id))).toBe(false)
    expect(sim.data.counts().shipments.FBR).toBe(123)
    const { items } = await walk(sim, token, "/retailer/shipments", "shipments")
    expect(new Set(items.map((s) => s.shipmentId)).size).toBe(123)

    sim.inject({ kind: "new-shipments", count: 2, fulfilmentMethod: "FBB", match: "GET /retailer/shipments/*" })
    await api(sim, `/retailer/shipments/${added[0]}`, { token })
    expect(sim.data.counts().shipments.FBB).toBe(12)
  })

  it("stacks a slow answer with an error answer, and counts injected faults", async () => {
    sim.inject({ kind: "slow", delayMs: 100 })
    sim.inject({ kind: "html-error", status: 502 })
    const res = await api(sim, "/retailer/orders", { token })
    expect(res.status).toBe(502)
    expect(waits).toEqual([100])
    expect(sim.stats.faultsInjected).toBe(2)
  })

  it("adds shipments programmatically, newest first", async () => {
    const ids = sim.addShipments(2, { fulfilmentMethod: "FBB" })
    const top = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, "/retailer/shipments?fulfilment-method=FBB", { token }))
    expect(top.shipments.slice(0, 2).map((s) => s.shipmentId).sort()).toEqual([...ids].sort())
  })
})
