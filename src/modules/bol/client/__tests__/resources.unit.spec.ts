import { BOL_RESOURCES, bolResource, listIterations, recordId } from "../resources"

describe("bol resource table", () => {
  it("lists the walks of a full sync per resource", () => {
    expect(listIterations(BOL_RESOURCES.shipments)).toEqual([
      { "fulfilment-method": "FBR" },
      { "fulfilment-method": "FBB" },
    ])
    expect(listIterations(BOL_RESOURCES.orders)).toEqual([
      { status: "ALL", "fulfilment-method": "FBR" },
      { status: "ALL", "fulfilment-method": "FBB" },
    ])
    expect(listIterations(BOL_RESOURCES.returns)).toHaveLength(4)
    expect(listIterations(BOL_RESOURCES.returns)).toContainEqual({ handled: "false", "fulfilment-method": "FBB" })
  })

  it("reads ids as strings (old demo data used numbers) and refuses unknown resources", () => {
    expect(recordId(BOL_RESOURCES.shipments, { shipmentId: 914587795 })).toBe("914587795")
    expect(recordId(BOL_RESOURCES.orders, {})).toBeNull()
    expect(() => bolResource("offers")).toThrow('Unknown bol resource "offers"')
  })

  it("summarises list entries and details into the typed columns", () => {
    expect(
      BOL_RESOURCES.orders.summarize({
        orderId: "1043965710",
        orderPlacedDateTime: "2019-04-30T21:56:39+02:00",
        orderItems: [
          { fulfilmentMethod: "FBB", fulfilmentStatus: "HANDLED" },
          { fulfilmentMethod: "FBB", fulfilmentStatus: "OPEN" },
        ],
      })
    ).toEqual({ order_id: "1043965710", fulfilment_method: "FBB", status: "OPEN", record_date: "2019-04-30T21:56:39+02:00" })
    expect(
      BOL_RESOURCES.orders.summarize({
        orderId: "1",
        orderItems: [
          { fulfilment: { method: "FBR" }, quantity: 2, quantityShipped: 1, quantityCancelled: 1 },
          { fulfilment: { method: "FBB" }, quantity: 1, quantityShipped: 1, quantityCancelled: 0 },
        ],
      })
    ).toMatchObject({ fulfilment_method: "MIXED", status: "HANDLED" })
    expect(
      BOL_RESOURCES.returns.summarize({
        returnId: "15897410",
        registrationDateTime: "2019-06-03T17:06:12+02:00",
        fulfilmentMethod: "FBR",
        returnItems: [{ orderId: "1044796550", handled: false }],
      })
    ).toEqual({ order_id: "1044796550", fulfilment_method: "FBR", status: "UNHANDLED", record_date: "2019-06-03T17:06:12+02:00" })
    expect(
      BOL_RESOURCES.shipments.summarize({
        shipmentDateTime: "2018-04-20T19:20:11+02:00",
        order: { orderId: "7616222250" },
        shipmentItems: [{ fulfilment: { method: "FBR" } }],
        transport: {
          transportEvents: [
            { eventCode: "DELIVERED_AT_CUSTOMER", eventDateTime: "2018-04-21T13:02:11+02:00" },
            { eventCode: "PRE_ANNOUNCED", eventDateTime: "2018-04-20T19:25:00+02:00" },
          ],
        },
      })
    ).toEqual({ order_id: "7616222250", fulfilment_method: "FBR", status: "DELIVERED_AT_CUSTOMER", record_date: "2018-04-20T19:20:11+02:00" })
  })
})
