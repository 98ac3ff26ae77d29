import { clientFor, startSimulator, type BolSimulator } from "../../client/__tests__/simulator"
import { bolOrderIdsOf } from "../../sync/shipments-stored"
import { fulfilmentMethodOf, openRetailerItems, shipBolOrder } from "../ship-bol-order"
import { readTransport } from "../transport"

describe("shipping a bol.com order for the bol fulfillment provider", () => {
  let sim: BolSimulator

  beforeEach(async () => {
    sim = await startSimulator({ frozenClock: true })
  })
  afterEach(() => sim.close())

  const wholeOrder = (method: "FBR" | "FBB") =>
    [...new Set(sim.data.openOrderItems(method).map((item) => item.orderId))].find((id) =>
      sim.data.getOrder(id)!.items.every((item) => item.fulfilmentMethod === method)
    )!

  it("ships every open FBR item with its open quantity and the transport, and labels the track-and-trace code", async () => {
    const bolOrderId = wholeOrder("FBR")
    const open = sim.data.openOrderItems("FBR").filter((item) => item.orderId === bolOrderId)
    const shipped = await shipBolOrder({
      client: clientFor(sim),
      accountId: "bolacc_1",
      bolOrderId,
      reference: "medusa-7",
      transport: { transporter_code: "DHL", track_and_trace: "JVGL0001" },
    })
    expect(shipped.labels).toEqual([{ tracking_number: "JVGL0001", tracking_url: "", label_url: "" }])
    expect(shipped.data).toMatchObject({ bol_order_id: bolOrderId, bol_account_id: "bolacc_1", process_status: "PENDING", transporter_code: "DHL" })
    expect(shipped.data.order_items).toEqual(open.map((item) => ({ order_item_id: item.orderItemId, quantity: item.openQuantity })))
    expect(sim.data.getProcess(shipped.data.process_status_id)).toMatchObject({ status: "SUCCESS" })
    const [shipment] = sim.data.listShipments({ fulfilmentMethod: "FBR", orderId: bolOrderId, page: 1 })
    expect(shipment).toMatchObject({ shipmentReference: "medusa-7", transport: { transporterCode: "DHL", trackAndTrace: "JVGL0001" } })
  })

  it("ships without labels when no transport is given, and refuses orders with nothing left for the seller", async () => {
    const bolOrderId = wholeOrder("FBR")
    const client = clientFor(sim)
    const shipped = await shipBolOrder({ client, accountId: "bolacc_1", bolOrderId })
    expect(shipped.labels).toEqual([])
    await expect(shipBolOrder({ client, accountId: "bolacc_1", bolOrderId })).rejects.toThrow(
      `bol.com order ${bolOrderId} has no open items for the seller to ship`
    )
    const fbb = wholeOrder("FBB")
    await expect(shipBolOrder({ client, accountId: "bolacc_1", bolOrderId: fbb })).rejects.toThrow(/fulfilled by bol.com \(FBB\)/)
    await expect(shipBolOrder({ client, accountId: "bolacc_1", bolOrderId: "1" })).rejects.toThrow("bol.com has no order 1 for this account")
  })

  it("reads bol's order items, methods and the order ids of shipment details defensively", () => {
    const order = {
      orderItems: [
        { orderItemId: "a", fulfilment: { method: "FBR" }, quantity: 3, quantityShipped: 1, quantityCancelled: 1 },
        { orderItemId: "b", fulfilment: { method: "FBR" }, quantity: 1, quantityShipped: 1 },
        { orderItemId: "c", fulfilment: { method: "FBB" }, quantity: 2 },
        { fulfilment: { method: "FBR" }, quantity: 1 },
      ],
    }
    expect(openRetailerItems(order)).toEqual([{ order_item_id: "a", quantity: 1 }])
    expect(fulfilmentMethodOf(order)).toBe("MIXED")
    expect(fulfilmentMethodOf({})).toBeNull()
    expect(openRetailerItems({ orderItems: "nonsense" })).toEqual([])
    expect(bolOrderIdsOf([{ order: { orderId: "1" } }, { order: { orderId: "1" } }, { order: {} }, {}, { order: { orderId: "2" } }])).toEqual(["1", "2"])
  })

  it("checks the transport handed to the provider", () => {
    expect(readTransport(undefined)).toBeUndefined()
    expect(readTransport({ transporter_code: " TNT ", track_and_trace: "3S1" })).toEqual({ transporter_code: "TNT", track_and_trace: "3S1" })
    expect(() => readTransport({ track_and_trace: "3S1" })).toThrow(/transporter_code is required/)
    expect(() => readTransport({ transporter_code: "TNT", track_and_trace: "" })).toThrow(/track_and_trace must be a non-empty string/)
  })
})
