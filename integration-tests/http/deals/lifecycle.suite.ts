import type { SuiteArgs } from "../../helpers/domain-runner"
import { buyerWithCart, checkoutBody, createDeal, dealMarket, dealModule, liveWindow, shopPaths } from "../../helpers/deals"
import { caller, type TestSeller } from "../../helpers/marketplace"

const SELLER = { phone: "+919000000401", code: "401401" }
const BUYER = { phone: "+919000000402", code: "402402" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let product: Record<string, any>
  let admin: object

  beforeEach(async () => {
    ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
  })
  afterEach(() => dealModule(getContainer()).clock.reset())

  it("takes a deal from claim to an approved order: the unit is held, the order waits, approval captures and the seller goes on", async () => {
    const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 2 })
    expect(deal).toMatchObject({ state: "live", mrp: 400, price: 249, available_units: 2, percent_claimed: 0 })
    const paths = shopPaths(seller)
    const buyer = await buyerWithCart(api, seller, BUYER)

    const claimed = await call("post", paths.claims(deal.id), { cart_id: buyer.cartId }, buyer.headers)
    expect(claimed.status).toBe(201)
    const line = claimed.data.cart.items.find((item: any) => item.id === claimed.data.claim.line_item_id)
    expect(line).toMatchObject({ quantity: 1 })
    expect(Number(line.unit_price)).toBe(249)

    const listed = await call("get", paths.deals, undefined, buyer.headers)
    expect(listed.data.live).toEqual([expect.objectContaining({ id: deal.id, units_left: 1, percent_claimed: 50, price: 249 })])

    const placed = await call("post", paths.complete(buyer.cartId), checkoutBody, buyer.headers)
    expect(placed.status).toBe(201)
    const orderId = placed.data.order.id

    const waiting = await call("get", "/admin/bazaar/deal-orders", undefined, admin)
    expect(waiting.data.deal_orders).toEqual([expect.objectContaining({ order_id: orderId, status: "awaiting_approval", quantity: 1 })])
    const tracked = await call("get", `/store/orders/${orderId}/deal`, undefined, buyer.headers)
    expect(tracked.data.deal_order).toMatchObject({ status: "awaiting_approval" })

    const early = await call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/accept`, {}, seller.headers)
    expect(early.status).toBe(400)
    expect(early.data.message).toMatch(/approval/)

    const approved = await call("post", `/admin/bazaar/deal-orders/${orderId}/approve`, {}, admin)
    expect(approved.status).toBe(200)
    expect(approved.data.deal_order).toMatchObject({ status: "approved" })
    expect((await call("get", `/store/orders/${orderId}/deal`, undefined, buyer.headers)).data.deal_order.status).toBe("approved")
    const accepted = await call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/accept`, {}, seller.headers)
    expect(accepted.status).toBe(200)
  })
}
