import { startBolSimulator, type BolSimulator } from "../index"
import { api, expectValid, getToken, json, schema, tokenSchema, walk } from "./helpers"

/**
 * Every kind of answer, validated with ajv against bol's OpenAPI documents
 * (openapi/retailer.json and shared.json, copied from the spec sheet's
 * research folder).
 */
describe("bol simulator: answers match bol's OpenAPI schemas", () => {
  let sim: BolSimulator
  let token: string

  beforeAll(async () => {
    sim = await startBolSimulator({
      randomSeed: 11,
      seed: { shipments: { FBR: 150, FBB: 100 }, orders: 120, returns: 120 },
      limits: { shipmentsList: null, shipmentDetail: null, ordersList: null, orderDetail: null, returnsList: null, returnDetail: null },
    })
    token = await getToken(sim)
  })
  afterAll(() => sim.close())

  it("has a validator that rejects wrong shapes (so the checks below can fail)", () => {
    expect(schema("retailer", "ReducedShipment")({ shipmentId: 1 })).toBe(false)
    expect(schema("retailer", "TransportEvent")({ eventCode: "TELEPORTED", eventDateTime: "2026-01-01T10:00:00+01:00" })).toBe(false)
    expect(schema("retailer", "Shipment")({ shipmentId: "1", shipmentReference: "x", order: { orderId: "1" }, shipmentItems: [], shipmentDateTime: "yesterday" })).toBe(false)
    expect(schema("retailer", "ReducedOrderItem")({})).toBe(false)
  })

  it("shipment lists and details", async () => {
    for (const method of ["FBR", "FBB"]) {
      const { items } = await walk(sim, token, `/retailer/shipments?fulfilment-method=${method}`, "shipments")
      expect(items.length).toBeGreaterThan(0)
      expectValid("retailer", "ShipmentsResponse", { shipments: items })
      for (const item of items.slice(0, 60)) {
        expectValid("retailer", "Shipment", await json(await api(sim, `/retailer/shipments/${item.shipmentId}`, { token })))
      }
    }
  })

  it("order lists and details (live and historic)", async () => {
    const { items } = await walk(sim, token, "/retailer/orders?fulfilment-method=ALL&status=ALL", "orders")
    expect(items).toHaveLength(120)
    expectValid("retailer", "ReducedOrders", { orders: items })
    for (const order of items) {
      expectValid("retailer", "Order", await json(await api(sim, `/retailer/orders/${order.orderId}`, { token })))
    }
    const historic = sim.data.getShipment(sim.data.visibleShipmentIds("FBB")[0])?.orderId
    expectValid("retailer", "Order", await json(await api(sim, `/retailer/orders/${historic}`, { token })))
  })

  it("return lists and details", async () => {
    for (const query of ["handled=false", "handled=true", "handled=false&fulfilment-method=FBB", "handled=true&fulfilment-method=FBB"]) {
      const { items } = await walk(sim, token, `/retailer/returns?${query}`, "returns")
      expect(items.length).toBeGreaterThan(0)
      expectValid("retailer", "ReturnsResponse", { returns: items })
      for (const ret of items.slice(0, 30)) {
        expectValid("retailer", "Return", await json(await api(sim, `/retailer/returns/${ret.returnId}`, { token })))
      }
    }
  })

  it("process statuses, problems and the token", async () => {
    const open = sim.data.openOrderItems("FBR")[0]
    const accepted = await json(await api(sim, "/retailer/shipments", { token, method: "POST", body: { orderItems: [{ orderItemId: open.orderItemId }] } }))
    expectValid("retailer", "ProcessStatus", accepted)
    expectValid("shared", "ProcessStatus", await json(await api(sim, `/shared/process-status/${accepted.processStatusId}`, { token })))
    expectValid("retailer", "Problem", await json(await api(sim, "/retailer/orders?status=NOPE", { token })))
    const res = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${sim.clients[0].clientId}:${sim.clients[0].clientSecret}`).toString("base64")}` },
    })
    expect(tokenSchema()(await json(res))).toBe(true)
  })
})
