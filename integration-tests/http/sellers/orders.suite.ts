import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
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

const SELLER_A = { phone: "+919000000041", code: "414141" }
const SELLER_B = { phone: "+919000000042", code: "424242" }
const BUYER = { phone: "+919000000043", code: "434343" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let a: TestSeller
  let product: Record<string, any>
  let buyer: { authorization: string }

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    a = await sellerWithShop(api, SELLER_A, "Order Desk")
    product = await uploadProduct(api, a, { name: "Vada Pav", mrp: 30, sale_price: 25 })
    buyer = await customerLogin(api, BUYER.phone, BUYER.code)
  })

  const orders = (seller: TestSeller, shopId = seller.shop.id) => `/seller/shops/${shopId}/orders`
  const act = (orderId: string, action: string, body: object = {}, seller = a) =>
    call("post", `${orders(seller)}/${orderId}/${action}`, body, seller.headers)

  it("lists the shop's orders newest first and shows one with its buyer, items and totals", async () => {
    const first = await placeOrder(api, a, [{ product_id: product.id, quantity: 2 }], buyer)
    const second = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    const list = await call("get", orders(a), undefined, a.headers)
    expect(list.status).toBe(200)
    expect(list.data.orders.map((o: any) => o.id)).toEqual([second, first])
    expect(list.data.count).toBe(2)
    const page = await call("get", `${orders(a)}?limit=1&offset=1`, undefined, a.headers)
    expect(page.data.orders.map((o: any) => o.id)).toEqual([first])
    expect((await call("get", `${orders(a)}?limit=500`, undefined, a.headers)).status).toBe(400)

    const detail = await call("get", `${orders(a)}/${first}`, undefined, a.headers)
    expect(detail.data.order).toMatchObject({
      id: first,
      state: "placed",
      currency_code: "inr",
      customer: { phone: BUYER.phone },
      shipping_address: { name: "Ravi Kumar", city: "Pune", country_code: "in" },
      items: [{ product_id: product.id, title: "Vada Pav", quantity: 2, unit_price: 25, total: 50 }],
      total: 50,
      tracking: [],
    })
  })

  it("lists orders by the order's creation time, newest first, ties by display number", async () => {
    const placed: string[] = []
    for (let i = 0; i < 4; i++) {
      placed.push(await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer))
    }
    const listed = async (page = "") =>
      (await call("get", `${orders(a)}${page}`, undefined, a.headers)).data.orders.map((o: any) => o.id)
    expect(await listed()).toEqual([...placed].reverse())

    // the order's own time counts, not when it was linked to the shop; equal times go by display number
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg("order").whereIn("id", placed.slice(1)).update({ created_at: new Date("2026-01-01T10:00:00Z") })
    await pg("order").where("id", placed[0]).update({ created_at: new Date("2026-01-01T10:00:01Z") })
    expect(await listed()).toEqual([placed[0], placed[3], placed[2], placed[1]])
    expect(await listed("?limit=2&offset=1")).toEqual([placed[3], placed[2]])
  })

  it("moves an order through accept, ship (with tracking) and deliver with Medusa's order workflows", async () => {
    const orderId = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    const early = await act(orderId, "ship")
    expect([early.status, early.data.message]).toEqual([400, "Accept the order before shipping it (the order is placed)"])

    const trackingOnAccept = await act(orderId, "accept", { tracking_number: "TRK0" })
    expect([trackingOnAccept.status, trackingOnAccept.data.message]).toEqual([400, "tracking_number and tracking_url only go with ship"])
    expect((await act(orderId, "accept")).data.order.state).toBe("accepted")
    const again = await act(orderId, "accept")
    expect([again.status, again.data.message]).toEqual([400, "Only a newly placed order can be accepted (the order is accepted)"])
    const badUrl = await act(orderId, "ship", { tracking_number: "TRK1", tracking_url: "nope" })
    expect([badUrl.status, badUrl.data.message]).toEqual([400, expect.stringMatching(/tracking_url must be an http\(s\) URL/)])

    const shipped = await act(orderId, "ship", { tracking_number: "TRK-42", tracking_url: "https://track.example/TRK-42" })
    expect(shipped.data.order).toMatchObject({ state: "shipped", tracking: [{ number: "TRK-42", url: "https://track.example/TRK-42" }] })
    const delivered = await act(orderId, "deliver")
    expect(delivered.data.order.state).toBe("delivered")
    const late = await act(orderId, "cancel")
    expect([late.status, late.data.message]).toEqual([400, "A shipped, delivered or canceled order cannot be canceled (the order is delivered)"])

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.labels.tracking_number"],
      filters: { id: orderId },
    })
    expect((data[0] as any).fulfillments).toHaveLength(1)
    expect((data[0] as any).fulfillments[0]).toMatchObject({
      shipped_at: expect.anything(), delivered_at: expect.anything(), labels: [{ tracking_number: "TRK-42" }],
    })
  })

  it("cancels a placed order and an accepted one (its packed fulfillment first)", async () => {
    const placed = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    expect((await act(placed, "cancel")).data.order.state).toBe("canceled")
    const accepted = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    await act(accepted, "accept")
    const canceled = await act(accepted, "cancel")
    expect([canceled.status, canceled.data.order?.state]).toEqual([200, "canceled"])
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["status", "fulfillments.canceled_at"], filters: { id: accepted } })
    expect(data[0]).toMatchObject({ status: "canceled", fulfillments: [{ canceled_at: expect.anything() }] })
  })

  it("lists the orders of one state, pages within it, and counts every state", async () => {
    const place = () => placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    const [canceled, accepted, shipped, placedOld, placedNew] = [await place(), await place(), await place(), await place(), await place()]
    await act(canceled, "cancel")
    await act(accepted, "accept")
    await act(shipped, "accept")
    await act(shipped, "ship", { tracking_number: "TRK-7" })
    const list = async (query: string) => (await call("get", `${orders(a)}?${query}`, undefined, a.headers)).data
    const counts = { placed: 2, accepted: 1, shipped: 1, delivered: 0, canceled: 1 }

    const placed = await list("state=placed")
    expect([placed.orders.map((o: any) => o.id), placed.count, placed.state_counts]).toEqual([[placedNew, placedOld], 2, counts])
    expect(placed.orders.every((o: any) => o.state === "placed")).toBe(true)
    const second = await list("state=placed&limit=1&offset=1")
    expect([second.orders.map((o: any) => o.id), second.count]).toEqual([[placedOld], 2])
    expect((await list("state=shipped")).orders.map((o: any) => [o.id, o.state])).toEqual([[shipped, "shipped"]])
    expect(await list("state=delivered")).toMatchObject({ orders: [], count: 0, state_counts: counts })
    const all = await list("limit=10")
    expect([all.orders.length, all.count, all.state_counts]).toEqual([5, 5, counts])

    const refused = await call("get", `${orders(a)}?state=lost`, undefined, a.headers)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain('state: expected one of "placed", "accepted", "shipped", "delivered", "canceled", got "lost"')
  })

  it("packs one fulfillment when accept is pressed three times at once", async () => {
    const orderId = await placeOrder(api, a, [{ product_id: product.id, quantity: 3 }], buyer)
    const results = await Promise.all([1, 2, 3].map(() => act(orderId, "accept")))
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400])
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: orderId } })
    expect((data[0] as any).fulfillments).toHaveLength(1)
  })

  it("tells operators which shop and seller an order belongs to", async () => {
    const orderId = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    const admin = (await adminHeaders(api, getContainer())).headers
    const r = await call("get", `/admin/orders/${orderId}/shop`, undefined, admin)
    expect(r.data).toEqual({
      shop: { id: a.shop.id, name: "Order Desk", handle: a.shop.handle, link: a.shop.link },
      seller: { id: a.sellerId, name: "Test Seller", status: "active" },
    })
    expect((await call("get", `/admin/orders/${orderId}/shop`, undefined, a.headers)).status).toBe(401)

    const missing = await call("get", "/admin/orders/order_missing/shop", undefined, admin)
    expect([missing.status, missing.data.message]).toEqual([404, "Order order_missing was not found"])
    const [outside] = await getContainer().resolve(Modules.ORDER).createOrders([{ currency_code: "inr", email: "walk-in@example.com" }])
    const elsewhere = await call("get", `/admin/orders/${outside.id}/shop`, undefined, admin)
    expect([elsewhere.status, elsewhere.data]).toEqual([200, { shop: null, seller: null }])
  })

  it("answers 404 to another seller for every order route and changes nothing; unknown actions are 404", async () => {
    const orderId = await placeOrder(api, a, [{ product_id: product.id, quantity: 1 }], buyer)
    const b = await sellerWithShop(api, SELLER_B, "Nosy Shop")
    expect((await call("get", orders(b, a.shop.id), undefined, b.headers)).status).toBe(404)
    expect((await call("get", `${orders(b, a.shop.id)}/${orderId}`, undefined, b.headers)).status).toBe(404)
    expect((await call("get", `${orders(b)}/${orderId}`, undefined, b.headers)).status).toBe(404)
    for (const action of ["accept", "ship", "deliver", "cancel"]) {
      expect((await call("post", `${orders(b, a.shop.id)}/${orderId}/${action}`, {}, b.headers)).status).toBe(404)
      expect((await call("post", `${orders(b)}/${orderId}/${action}`, {}, b.headers)).status).toBe(404)
    }
    expect((await call("get", orders(b), undefined, b.headers)).data.orders).toEqual([])
    // each action is its own route; there is none for anything else
    expect((await act(orderId, "refund")).status).toBe(404)
    const mine = await call("get", `${orders(a)}/${orderId}`, undefined, a.headers)
    expect(mine.data.order.state).toBe("placed")
  })
}
