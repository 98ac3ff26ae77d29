import { startBolSimulator, type BolSimulator } from "../index"
import { api, expectValid, getToken, json, MEDIA } from "./helpers"

describe("bol simulator: details, media types and problems", () => {
  let sim: BolSimulator
  let token: string

  beforeAll(async () => {
    sim = await startBolSimulator({ seed: { shipments: { FBR: 30, FBB: 20 }, orders: 20, returns: 20 } })
    token = await getToken(sim)
  })
  afterAll(() => sim.close())

  it("serves a shipment detail that matches its list entry", async () => {
    const list = await json<{ shipments: Record<string, unknown>[] }>(await api(sim, "/retailer/shipments", { token }))
    const entry = list.shipments[3]
    const res = await api(sim, `/retailer/shipments/${entry.shipmentId}`, { token })
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(`${MEDIA};charset=UTF-8`)
    const detail = await json(res)
    expect(detail).toMatchObject({
      shipmentId: entry.shipmentId,
      shipmentDateTime: entry.shipmentDateTime,
      order: entry.order,
      transport: { transportId: (entry.transport as { transportId: string }).transportId },
    })
    const items = detail.shipmentItems as { orderItemId: string; product: { ean: string } }[]
    expect(items.map((item) => ({ orderItemId: item.orderItemId, ean: item.product.ean }))).toEqual(entry.shipmentItems)
    expect(detail.shipmentDetails).toMatchObject({ countryCode: expect.stringMatching(/^(NL|BE)$/) })
    expect(detail.billingDetails).toMatchObject({ email: expect.stringMatching(/@verkopen\.bol\.com$/) })
  })

  it("serves the order behind a shipment, and live orders", async () => {
    const shipmentId = sim.data.visibleShipmentIds("FBR")[0]
    const shipment = sim.data.getShipment(shipmentId)
    const order = await json(await api(sim, `/retailer/orders/${shipment?.orderId}`, { token }))
    expect(order.orderId).toBe(shipment?.orderId)
    const orderItemIds = (order.orderItems as { orderItemId: string; quantityShipped: number; quantity: number }[]).map((item) => item.orderItemId)
    expect(orderItemIds).toEqual(expect.arrayContaining(shipment?.items.map((item) => item.orderItemId) ?? []))

    const open = sim.data.openOrderItems("FBR")[0]
    const live = await json(await api(sim, `/retailer/orders/${open.orderId}`, { token }))
    expect(live.orderId).toBe(open.orderId)
    expect(live.orderItems).toEqual(expect.arrayContaining([expect.objectContaining({ orderItemId: open.orderItemId, quantityShipped: 0 })]))
  })

  it("serves a return detail with title and customer details", async () => {
    const list = await json<{ returns: { returnId: string; returnItems: { rmaId: string }[] }[] }>(
      await api(sim, "/retailer/returns?handled=true", { token })
    )
    const ret = await json(await api(sim, `/retailer/returns/${list.returns[0].returnId}`, { token }))
    const items = ret.returnItems as Record<string, unknown>[]
    expect(items.map((item) => item.rmaId)).toEqual(list.returns[0].returnItems.map((item) => item.rmaId))
    expect(items[0]).toMatchObject({ title: expect.any(String), customerDetails: { salutation: expect.stringMatching(/^(MALE|FEMALE|UNKNOWN)$/) } })
  })

  it.each([
    ["shipments", "Shipment for shipment id 9999 not found."],
    ["orders", "Order for order id 9999 not found."],
    ["returns", "Return for return id 9999 not found."],
  ])("answers 404 with bol's recorded Problem for an unknown %s id", async (resource, detail) => {
    const res = await api(sim, `/retailer/${resource}/9999`, { token })
    expect(res.status).toBe(404)
    expect(res.headers.get("content-type")).toBe(MEDIA)
    expect(await json(res)).toEqual({
      type: "https://api.bol.com/problems",
      title: "Not Found",
      status: 404,
      detail,
      host: "Instance-112",
      instance: `${sim.url}/retailer/${resource}/9999`,
    })
  })

  it("answers 406 unless the exact v10 media type is accepted", async () => {
    for (const accept of [null, "*/*", "application/json", "application/vnd.retailer.v9+json", "application/vnd.retailer.v10+json;q=0"]) {
      const res = await api(sim, "/retailer/shipments", { token, accept })
      expect(res.status).toBe(406)
      expect(res.headers.get("content-type")).toBe(MEDIA)
      expect(await json(res)).toMatchObject({ type: "https://api.bol.com/problems", title: "Not Acceptable", status: 406 })
    }
    for (const accept of [MEDIA, `${MEDIA}; charset=UTF-8`, `application/json, ${MEDIA};q=0.9`]) {
      expect((await api(sim, "/retailer/shipments", { token, accept })).status).toBe(200)
    }
  })

  it("lets the shared API answer in the advertiser media type", async () => {
    const res = await api(sim, "/shared/process-status/1", { token, accept: "application/vnd.advertiser.v10+json" })
    expect(res.status).toBe(404)
    const ok = await api(sim, "/retailer/shipments", { token, accept: "application/vnd.advertiser.v10+json" })
    expect(ok.status).toBe(406)
  })

  it("answers 404 for unknown paths and 405 for unsupported methods", async () => {
    expect((await api(sim, "/retailer/nothing-here", { token })).status).toBe(404)
    const res = await api(sim, "/retailer/orders", { token, method: "DELETE" })
    expect(res.status).toBe(405)
    expect(res.headers.get("allow")).toBe("GET")
  })

  it("gives every Problem the schema's required fields in problemStyle 'schema'", async () => {
    sim.settings.problemStyle = "schema"
    try {
      const expired = await startBolSimulator({ frozenClock: true, problemStyle: "schema", seed: { shipments: 1, orders: 0, returns: 0 } })
      try {
        const old = await getToken(expired)
        expired.clock.advance(400_000)
        const problem = await json(await api(expired, "/retailer/shipments", { token: old }))
        expectValid("retailer", "Problem", problem)
        expect(problem).toMatchObject({ title: "Expired JWT", violations: [] })
      } finally {
        await expired.close()
      }
      for (const [path, accept, status] of [
        ["/retailer/shipments/9999", MEDIA, 404],
        ["/retailer/shipments", "application/json", 406],
        ["/retailer/returns?handled=maybe", MEDIA, 400],
      ] as const) {
        const res = await api(sim, path, { token, accept })
        expect(res.status).toBe(status)
        const problem = await json(res)
        expectValid("retailer", "Problem", problem)
        expectValid("shared", "Problem", problem)
      }
      const unauthorized = await json(await api(sim, "/retailer/shipments"))
      expectValid("retailer", "Problem", unauthorized)
    } finally {
      sim.settings.problemStyle = "recorded"
    }
  })
})
