import { startBolSimulator, type BolSimulator } from "../index"
import { api, expectValid, getToken, json, MEDIA } from "./helpers"

type ProcessStatus = { processStatusId: string; status: string; entityId?: string; errorMessage?: string; eventType: string; links: { href: string }[] }

describe("bol simulator: shipping an FBR order (POST /retailer/shipments)", () => {
  let sim: BolSimulator
  let token: string

  beforeEach(async () => {
    sim = await startBolSimulator({ frozenClock: true, seed: { shipments: { FBR: 60, FBB: 5 }, orders: { FBR: 10, FBB: 5 }, returns: 5 } })
    token = await getToken(sim)
  })
  afterEach(() => sim.close())

  const processStatus = async (id: string) => json<ProcessStatus>(await api(sim, `/shared/process-status/${id}`, { token }))

  it("accepts with 202 PENDING, succeeds, and lists the new shipment first", async () => {
    const open = sim.data.openOrderItems("FBR")[0]
    const res = await api(sim, "/retailer/shipments", {
      token,
      method: "POST",
      body: {
        orderItems: [{ orderItemId: open.orderItemId }],
        shipmentReference: "BAZAAR-1",
        transport: { transporterCode: "TNT", trackAndTrace: "3SBOL0987654321" },
      },
    })
    expect(res.status).toBe(202)
    expect(res.headers.get("content-type")).toBe(`${MEDIA};charset=UTF-8`)
    const accepted = await json<ProcessStatus>(res)
    expectValid("retailer", "ProcessStatus", accepted)
    expect(accepted).toMatchObject({ eventType: "CREATE_SHIPMENT", description: "Create shipment.", status: "PENDING" })
    expect(accepted.entityId).toBeUndefined()
    expect(accepted.links[0].href).toBe(`${sim.url}/shared/process-status/${accepted.processStatusId}`)

    const done = await processStatus(accepted.processStatusId)
    expectValid("shared", "ProcessStatus", done)
    expect(done.status).toBe("SUCCESS")
    const shipmentId = done.entityId as string

    const list = await json<{ shipments: Record<string, unknown>[] }>(await api(sim, "/retailer/shipments?fulfilment-method=FBR", { token }))
    expect(list.shipments[0]).toMatchObject({
      shipmentId,
      shipmentReference: "BAZAAR-1",
      order: { orderId: open.orderId },
      shipmentItems: [{ orderItemId: open.orderItemId }],
    })
    const byOrder = await json<{ shipments: { shipmentId: string }[] }>(await api(sim, `/retailer/shipments?order-id=${open.orderId}`, { token }))
    expect(byOrder.shipments.map((s) => s.shipmentId)).toEqual([shipmentId])

    const detail = await json(await api(sim, `/retailer/shipments/${shipmentId}`, { token }))
    expectValid("retailer", "Shipment", detail)
    expect(detail.transport).toMatchObject({ transporterCode: "TNT", trackAndTrace: "3SBOL0987654321" })
    expect(detail.shipmentItems).toEqual([expect.objectContaining({ orderItemId: open.orderItemId, quantity: open.openQuantity, quantityShipped: open.openQuantity })])

    const order = await json<{ orderItems: { orderItemId: string; quantityShipped: number }[] }>(await api(sim, `/retailer/orders/${open.orderId}`, { token }))
    expect(order.orderItems.find((item) => item.orderItemId === open.orderItemId)?.quantityShipped).toBe(open.openQuantity)
    const shipped = await json<{ orders: { orderId: string; orderItems: { fulfilmentStatus: string }[] }[] }>(
      await api(sim, "/retailer/orders?status=SHIPPED", { token })
    )
    expect(shipped.orders.map((o) => o.orderId)).toContain(open.orderId)
    const byEntity = await json<{ processStatuses: ProcessStatus[] }>(
      await api(sim, `/shared/process-status?entity-id=${shipmentId}&event-type=CREATE_SHIPMENT`, { token })
    )
    expect(byEntity.processStatuses.map((p) => p.processStatusId)).toEqual([accepted.processStatusId])
  })

  it("keeps a process PENDING for processingDelayMs on the simulator clock", async () => {
    sim.data.processingDelayMs = 5000
    const open = sim.data.openOrderItems("FBR")[1]
    const accepted = await json<ProcessStatus>(
      await api(sim, "/retailer/shipments", { token, method: "POST", body: { orderItems: [{ orderItemId: open.orderItemId, quantity: 1 }] } })
    )
    expect((await processStatus(accepted.processStatusId)).status).toBe("PENDING")
    const before = sim.data.counts().shipments.FBR
    sim.clock.advance(5000)
    expect((await processStatus(accepted.processStatusId)).status).toBe("SUCCESS")
    expect(sim.data.counts().shipments.FBR).toBe(before + 1)
    // Process statuses are kept 48 hours.
    sim.clock.advance(48 * 3_600_000 + 1)
    const fresh = await getToken(sim)
    expect((await api(sim, `/shared/process-status/${accepted.processStatusId}`, { token: fresh })).status).toBe(404)
  })

  it("fails the process for unknown, FBB or already shipped order items", async () => {
    const fbb = sim.data.openOrderItems("FBB")[0]
    const open = sim.data.openOrderItems("FBR")[2]
    const attempts = [
      { orderItems: [{ orderItemId: "1" }] },
      { orderItems: [{ orderItemId: fbb.orderItemId }] },
      { orderItems: [{ orderItemId: open.orderItemId }] },
      { orderItems: [{ orderItemId: open.orderItemId }] },
    ]
    const statuses: ProcessStatus[] = []
    for (const body of attempts) {
      const accepted = await json<ProcessStatus>(await api(sim, "/retailer/shipments", { token, method: "POST", body }))
      statuses.push(await processStatus(accepted.processStatusId))
    }
    expect(statuses.map((s) => s.status)).toEqual(["FAILURE", "FAILURE", "SUCCESS", "FAILURE"])
    expect(statuses[0].errorMessage).toMatch(/not found/)
    expect(statuses[1].errorMessage).toMatch(/FBB/)
    expect(statuses[3].errorMessage).toMatch(/already been handled/)
  })

  it("answers 400 for an invalid body and 415 for a wrong content type", async () => {
    const res = await api(sim, "/retailer/shipments", {
      token,
      method: "POST",
      body: { orderItems: [], transport: { transporterCode: "POSTNL" } },
    })
    expect(res.status).toBe(400)
    const problem = await json(res)
    expectValid("retailer", "Problem", problem)
    expect((problem.violations as { name: string }[]).map((v) => v.name)).toEqual(["orderItems", "transport.transporterCode"])
    expect((await api(sim, "/retailer/shipments", { token, method: "POST", body: "{not json" })).status).toBe(400)
    const wrongType = await api(sim, "/retailer/shipments", { token, method: "POST", body: { orderItems: [{ orderItemId: "1" }] }, contentType: "application/json" })
    expect(wrongType.status).toBe(415)
  })

  it("changes a transport (PUT /retailer/transports/{id})", async () => {
    const shipmentId = sim.data.visibleShipmentIds("FBR")[0]
    const transportId = sim.data.getShipment(shipmentId)?.transportId as string
    const res = await api(sim, `/retailer/transports/${transportId}`, {
      token,
      method: "PUT",
      body: { transporterCode: "DHL", trackAndTrace: "JVGL0123" },
    })
    expect(res.status).toBe(202)
    const accepted = await json<ProcessStatus>(res)
    expect(accepted.eventType).toBe("CHANGE_TRANSPORT")
    expect((await processStatus(accepted.processStatusId)).status).toBe("SUCCESS")
    const detail = await json<{ transport: Record<string, unknown> }>(await api(sim, `/retailer/shipments/${shipmentId}`, { token }))
    expect(detail.transport).toMatchObject({ transportId, transporterCode: "DHL", trackAndTrace: "JVGL0123" })
    const missing = await api(sim, `/retailer/transports/${transportId}`, { token, method: "PUT", body: { transporterCode: "DHL" } })
    expect(missing.status).toBe(400)
  })

  it("handles a return item and looks statuses up in bulk", async () => {
    const unhandled = await json<{ returns: { returnId: string; returnItems: { rmaId: string }[] }[] }>(await api(sim, "/retailer/returns", { token }))
    const { returnId, returnItems } = unhandled.returns[0]
    const accepted = await json<ProcessStatus>(
      await api(sim, `/retailer/returns/${returnItems[0].rmaId}`, { token, method: "PUT", body: { handlingResult: "RETURN_RECEIVED", quantityReturned: 1 } })
    )
    expect(accepted.eventType).toBe("HANDLE_RETURN_ITEM")
    const bulk = await api(sim, "/shared/process-status", {
      token,
      method: "POST",
      body: { processStatusQueries: [{ processStatusId: accepted.processStatusId }, { processStatusId: "999999" }] },
    })
    expect(bulk.status).toBe(200)
    const found = await json<{ processStatuses: ProcessStatus[] }>(bulk)
    expectValid("shared", "ProcessStatusResponse", found)
    expect(found.processStatuses).toHaveLength(1)
    expect(found.processStatuses[0].status).toBe("SUCCESS")
    const detail = await json<{ returnItems: { rmaId: string; handled: boolean; processingResults: { handlingResult: string }[] }[] }>(
      await api(sim, `/retailer/returns/${returnId}`, { token })
    )
    const item = detail.returnItems.find((i) => i.rmaId === returnItems[0].rmaId)
    expect(item).toMatchObject({ handled: true, processingResults: [{ handlingResult: "RETURN_RECEIVED" }] })
  })
})
