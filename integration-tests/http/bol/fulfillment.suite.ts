import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startBolSimulator, type BolSimulator } from "../../../tools/bol-simulator"
import { adminHeaders } from "../../helpers/admin"
import { SYNC_ENV, SYNC_SPEED_UP, syncAndWait, waitUntil } from "../../helpers/bol-sync"
import type { SuiteArgs } from "../../helpers/domain-runner"
import {
  caller,
  createIndiaRegion,
  customerLogin,
  placeOrder,
  sellerWithShop,
  uploadProduct,
  type TestSeller,
} from "../../helpers/marketplace"

export const timeoutMs = 180 * 1000

const SELLER = { phone: "+919000000091", code: "919191" }
const OTHER_SELLER = { phone: "+919000000092", code: "929292" }
const BUYER = { phone: "+919000000093", code: "939393" }

export const env: Record<string, string> = {
  ...SYNC_ENV,
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, OTHER_SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

const SHIP = "POST /retailer/shipments"

export function suite({ api, getContainer, dbConnection }: SuiteArgs) {
  const call = caller(api)
  let sim: BolSimulator
  let seller: TestSeller
  let product: Record<string, any>
  let buyer: { authorization: string }

  beforeAll(async () => {
    sim = await startBolSimulator({ speedUp: SYNC_SPEED_UP, seed: { shipments: { FBR: 4, FBB: 2 }, orders: 40, returns: 0 } })
  })
  afterAll(async () => {
    await sim.close()
  })
  beforeEach(async () => {
    sim.resetStats()
    await createIndiaRegion(getContainer())
    seller = await sellerWithShop(api, SELLER, "Dutch Corner")
    product = await uploadProduct(api, seller, { name: "Stroopwafel", mrp: 120 })
    buyer = await customerLogin(api, BUYER.phone, BUYER.code)
  })
  afterEach(() => {
    expect(sim.stats.rateLimitViolations).toBe(0)
  })

  const path = (suffix: string) => `/seller/shops/${seller.shop.id}${suffix}`
  const order = () => placeOrder(api, seller, [{ product_id: product.id, quantity: 1 }], buyer)
  const connectBol = async () => {
    const created = await call(
      "post",
      path("/bol/accounts"),
      {
        label: "Dutch Corner on bol.com",
        client_id: sim.clients[0].clientId,
        client_secret: sim.clients[0].clientSecret,
        api_base_url: sim.url,
        token_url: sim.tokenUrl,
      },
      seller.headers
    )
    expect(created.status).toBe(201)
    return created.data.account as { id: string }
  }
  /** A bol order whose items are all of one fulfilment method and still open. */
  const openBolOrder = (method: "FBR" | "FBB", skip: string[] = []) => {
    const candidates = [...new Set(sim.data.openOrderItems(method).map((item) => item.orderId))]
    const found = candidates.find((id) => {
      const bolOrder = sim.data.getOrder(id)!
      return !skip.includes(id) && bolOrder.items.every((item) => item.fulfilmentMethod === method)
    })
    if (!found) throw new Error(`the simulator has no open ${method} order`)
    return found
  }
  const fulfillmentsOf = async (orderId: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["fulfillments.id", "fulfillments.provider_id", "fulfillments.data", "fulfillments.canceled_at", "fulfillments.labels.tracking_number"],
      filters: { id: orderId },
    })
    return ((data[0] as any)?.fulfillments ?? []) as any[]
  }

  it("ships a linked FBR order on bol.com when the seller accepts it, and carries bol's later track-and-trace over to the fulfillment", async () => {
    const account = await connectBol()
    const orderId = await order()
    const bolOrderId = openBolOrder("FBR")
    const openItems = sim.data.openOrderItems("FBR").filter((item) => item.orderId === bolOrderId)

    const linked = await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: bolOrderId }, seller.headers)
    expect([linked.status, linked.data.message]).toEqual([201, undefined])
    expect(linked.data.order_link).toMatchObject({ order_id: orderId, bol_order_id: bolOrderId, account_id: account.id, fulfilment_method: "FBR" })
    const listed = await call("get", path(`/bol/order-links?order_id=${orderId}`), undefined, seller.headers)
    expect(listed.data.order_links.map((link: any) => link.bol_order_id)).toEqual([bolOrderId])

    // the shop's bol option is hidden from buyers: only linked orders use it
    const options = await dbConnection.raw(
      `select so.id, r.value from shipping_option so join shipping_option_rule r on r.shipping_option_id = so.id
       where so.provider_id = 'bol_bol' and r.attribute = 'enabled_in_store' and so.deleted_at is null`
    )
    expect(options.rows.map((row: any) => row.value)).toEqual(["false"])

    const accepted = await call(
      "post",
      path(`/orders/${orderId}/accept`),
      { transporter_code: "TNT", tracking_number: "3SBOL0000001" },
      seller.headers
    )
    expect([accepted.status, accepted.data.message]).toEqual([200, undefined])
    expect(accepted.data.order.state).toBe("accepted")
    expect(sim.stats.byEndpoint[SHIP]).toBe(1)

    const [fulfillment] = await fulfillmentsOf(orderId)
    expect(fulfillment).toMatchObject({
      provider_id: "bol_bol",
      labels: [expect.objectContaining({ tracking_number: "3SBOL0000001" })],
      data: expect.objectContaining({ bol_order_id: bolOrderId, bol_account_id: account.id, transporter_code: "TNT" }),
    })
    expect(fulfillment.data.order_items).toEqual(
      openItems.map((item) => ({ order_item_id: item.orderItemId, quantity: item.openQuantity }))
    )
    // bol processed the shipment: its items are shipped, with the seller's transport
    expect(sim.data.getProcess(fulfillment.data.process_status_id)).toMatchObject({ status: "SUCCESS" })
    expect(sim.data.openOrderItems("FBR").filter((item) => item.orderId === bolOrderId)).toEqual([])
    const [bolShipment] = sim.data.listShipments({ fulfilmentMethod: "FBR", orderId: bolOrderId, page: 1 })
    expect(bolShipment.transport).toMatchObject({ transporterCode: "TNT", trackAndTrace: "3SBOL0000001" })

    expect((await call("post", path(`/orders/${orderId}/ship`), {}, seller.headers)).data.order.state).toBe("shipped")

    // bol's transport changes on bol.com; the next shipment sync brings the new code to Medusa
    const change = sim.data.changeTransport(bolShipment.transportId, { trackAndTrace: "3SBOL0000002" })
    expect(sim.data.getProcess(change.processStatusId)).toMatchObject({ status: "SUCCESS" })
    const run = await syncAndWait(getContainer(), account.id)
    expect(run.status).toBe("succeeded")
    await waitUntil(
      async () => (await fulfillmentsOf(orderId))[0].labels[0]?.tracking_number === "3SBOL0000002",
      30_000,
      "the fulfillment's tracking number to follow bol"
    )
    expect((await fulfillmentsOf(orderId))[0].labels).toHaveLength(1)

    const admin = (await adminHeaders(api, getContainer())).headers
    const overview = await call("get", `/admin/orders/${orderId}/bol`, undefined, admin)
    expect(overview.status).toBe(200)
    expect(overview.data.order_link).toMatchObject({ bol_order_id: bolOrderId, account_label: "Dutch Corner on bol.com" })
    expect(overview.data.shipments).toEqual([
      expect.objectContaining({ shipment_id: bolShipment.shipmentId, transporter_code: "TNT", track_and_trace: "3SBOL0000002" }),
    ])
    expect(overview.data.fulfillments).toEqual([expect.objectContaining({ tracking_numbers: ["3SBOL0000002"] })])
    const secret = sim.clients[0].clientSecret
    for (const body of [linked.data, accepted.data, overview.data]) {
      expect(JSON.stringify(body)).not.toContain(secret)
    }
    // a later buyer still gets the shop's own delivery, never the hidden bol option
    const laterOrderId = await order()
    const { data: [later] } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: laterOrderId },
    })
    expect((later as any).shipping_methods.map((method: any) => method.shipping_option_id)).not.toContain(options.rows[0].id)
    const plainOrder = await call("get", `/admin/orders/${laterOrderId}/bol`, undefined, admin)
    expect(plainOrder.data).toEqual({ order_link: null, shipments: [], fulfillments: [] })
  })

  it("gives the shop one bol.com option when two of its orders are linked at the same moment", async () => {
    await connectBol()
    const [first, second] = [await order(), await order()]
    const firstBol = openBolOrder("FBR")
    const links = await Promise.all([
      call("post", path("/bol/order-links"), { order_id: first, bol_order_id: firstBol }, seller.headers),
      call("post", path("/bol/order-links"), { order_id: second, bol_order_id: openBolOrder("FBR", [firstBol]) }, seller.headers),
    ])
    expect(links.map((link) => link.status)).toEqual([201, 201])
    const options = await dbConnection.raw(`select id from shipping_option where provider_id = 'bol_bol' and deleted_at is null`)
    expect(options.rows).toHaveLength(1)
  })

  it("refuses links and shipments bol.com would not take, leaving no link, fulfillment or bol call behind", async () => {
    const orderId = await order()
    const fbrOrder = openBolOrder("FBR")

    const noAccount = await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: fbrOrder }, seller.headers)
    expect([noAccount.status, noAccount.data.message]).toEqual([400, "The shop has no bol.com account; connect one first"])

    await connectBol()
    const unknown = await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: "9999999999" }, seller.headers)
    expect([unknown.status, unknown.data.message]).toEqual([400, "bol.com has no order 9999999999 for this account"])
    const badId = await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: "12 34" }, seller.headers)
    expect([badId.status, badId.data.message]).toContain(400)
    const unknownAccount = await call(
      "post", path("/bol/order-links"), { order_id: orderId, bol_order_id: fbrOrder, account_id: "bolacc_nope" }, seller.headers
    )
    expect([unknownAccount.status, unknownAccount.data.message]).toEqual([404, "bol.com account bolacc_nope was not found"])

    // an order that is not a bol order takes no bol transport
    const plainAccept = await call("post", path(`/orders/${orderId}/accept`), { transporter_code: "TNT" }, seller.headers)
    expect([plainAccept.status, plainAccept.data.message]).toEqual([400, "transporter_code only goes with accepting an order linked to bol.com"])

    expect((await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: fbrOrder }, seller.headers)).status).toBe(201)
    const twice = await call("post", path("/bol/order-links"), { order_id: orderId, bol_order_id: openBolOrder("FBR", [fbrOrder]) }, seller.headers)
    expect([twice.status, twice.data.message]).toEqual([409, `Order ${orderId} is already linked to bol.com order ${fbrOrder}`])
    const secondOrder = await order()
    const taken = await call("post", path("/bol/order-links"), { order_id: secondOrder, bol_order_id: fbrOrder }, seller.headers)
    expect([taken.status, taken.data.message]).toEqual([409, `bol.com order ${fbrOrder} is already linked to order ${orderId}`])

    const noCarrier = await call("post", path(`/orders/${orderId}/accept`), { tracking_number: "3SBOL1" }, seller.headers)
    expect([noCarrier.status, noCarrier.data.message]).toEqual([400, "tracking_number for bol.com needs transporter_code"])
    const badFormat = await call("post", path(`/orders/${orderId}/accept`), { transporter_code: "tnt!" }, seller.headers)
    expect(badFormat.status).toBe(400)
    expect(badFormat.data.message).toContain("transporter_code must be one of bol.com's transporter codes")
    // bol itself refuses a carrier it does not know: nothing is packed in Medusa
    const refused = await call("post", path(`/orders/${orderId}/accept`), { transporter_code: "NOPE_CARRIER" }, seller.headers)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/^bol\.com refused the shipment: .*transporterCode/)
    expect(await fulfillmentsOf(orderId)).toEqual([])

    // bol delivers FBB orders itself: the seller cannot ship them
    const fbbOrder = openBolOrder("FBB")
    const linkedFbb = await call("post", path("/bol/order-links"), { order_id: secondOrder, bol_order_id: fbbOrder }, seller.headers)
    expect(linkedFbb.data.order_link).toMatchObject({ fulfilment_method: "FBB" })
    const callsBefore = sim.stats.byEndpoint[SHIP] ?? 0
    const fbbAccept = await call("post", path(`/orders/${secondOrder}/accept`), {}, seller.headers)
    expect([fbbAccept.status, fbbAccept.data.message]).toEqual([
      400, `bol.com order ${fbbOrder} is fulfilled by bol.com (FBB): bol ships it, not the seller`,
    ])
    expect(sim.stats.byEndpoint[SHIP] ?? 0).toBe(callsBefore)
    expect(await fulfillmentsOf(secondOrder)).toEqual([])

    // another seller cannot link this shop's orders, even from their own shop
    const other = await sellerWithShop(api, OTHER_SELLER, "Other Corner")
    const foreign = await call(
      "post", `/seller/shops/${other.shop.id}/bol/order-links`, { order_id: await order(), bol_order_id: fbrOrder }, other.headers
    )
    expect(foreign.status).toBe(404)
    const links = await dbConnection.raw(`select order_id from bol_order_link where deleted_at is null order by created_at`)
    expect(links.rows.map((row: any) => row.order_id)).toEqual([orderId, secondOrder])
  })
}
