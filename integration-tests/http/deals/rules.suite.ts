import type { SuiteArgs } from "../../helpers/domain-runner"
import { buyerWithCart, createDeal, dealMarket, dealModule, liveWindow, shopPaths } from "../../helpers/deals"
import { caller, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"

const SELLER = { phone: "+919000000501", code: "501501" }
const BUYER = { phone: "+919000000502", code: "502502" }
const OTHER_SELLER = { phone: "+919000000503", code: "503503" }

const MINUTE = 60_000
const HOUR = 60 * MINUTE

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER, OTHER_SELLER].map((t) => `${t.phone}:${t.code}`).join(","),
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

  /** A window `fromMinutes` after now on the deals' clock, `lengthMinutes` long. */
  const windowAt = async (fromMinutes: number, lengthMinutes: number) => {
    const now = (await dealModule(getContainer()).now()).getTime()
    return {
      starts_at: new Date(now + fromMinutes * MINUTE).toISOString(),
      ends_at: new Date(now + (fromMinutes + lengthMinutes) * MINUTE).toISOString(),
    }
  }
  const create = (terms: Record<string, unknown>) =>
    call(
      "post",
      "/admin/bazaar/deals",
      { shop_id: seller.shop.id, variant_id: product.variant_id, price: 249, total_units: 5, ...terms },
      admin
    )
  const expectInvalid = (answer: { status: number; data: any }, why: RegExp) => {
    expect({ status: answer.status, code: answer.data?.code }).toEqual({ status: 400, code: "deal_invalid" })
    expect(answer.data.message).toMatch(why)
  }

  it("refuses a window over 12 hours, an end before the start and a price above the MRP (400 deal_invalid), and accepts exactly 12 hours and a price equal to the MRP", async () => {
    expectInvalid(await create(await windowAt(60, 12 * 60 + 1)), /at most 12 hours \(got 12\.02 hours/)
    const start = await windowAt(120, 60)
    expectInvalid(await create({ starts_at: start.ends_at, ends_at: start.starts_at }), /ends_at \(.+\) must be after starts_at/)
    expectInvalid(await create({ starts_at: start.starts_at, ends_at: start.starts_at }), /must be after starts_at/)
    expectInvalid(await create({ ...(await windowAt(60, 60)), price: 401 }), /deal price \(401\) may not be above the product's MRP \(400\)/)
    const none = await call("get", "/admin/bazaar/deals", undefined, admin)
    expect(none.data.count).toBe(0)

    const twelve = await create(await windowAt(60, 12 * 60))
    expect(twelve.status).toBe(201)
    expect(twelve.data.deal).toMatchObject({ state: "scheduled", mrp: 400, price: 249, total_units: 5, available_units: 5 })
    expect(Date.parse(twelve.data.deal.ends_at) - Date.parse(twelve.data.deal.starts_at)).toBe(12 * HOUR)

    const atMrp = await create({ ...(await windowAt(14 * 60, 60)), price: 400 })
    expect(atMrp.status).toBe(201)
    expect(atMrp.data.deal).toMatchObject({ mrp: 400, price: 400 })
  })

  it("refuses a deal overlapping another deal of the same product (400 deal_invalid naming it) and accepts it once that deal is canceled", async () => {
    const first = await createDeal(api, admin, { seller, product }, await liveWindow(getContainer(), 2))
    const overlapping = await windowAt(60, 120)
    const refused = await create(overlapping)
    expectInvalid(refused, /may not overlap/)
    expect(refused.data.message).toContain(first.id)

    const canceled = await call("post", `/admin/bazaar/deals/${first.id}/cancel`, { reason: "Stock recount" }, admin)
    expect(canceled.status).toBe(200)
    expect(canceled.data.deal).toMatchObject({ state: "canceled", status_reason: "Stock recount" })
    const accepted = await create(overlapping)
    expect(accepted.status).toBe(201)
    expect(accepted.data.deal).toMatchObject({ state: "scheduled", starts_at: overlapping.starts_at, ends_at: overlapping.ends_at })
  })

  it("never lets total_units drop below what is claimed (400 deal_invalid) and recomputes available_units when they are raised", async () => {
    const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 5 })
    const raised = await call("post", `/admin/bazaar/deals/${deal.id}`, { per_customer_limit: 2 }, admin)
    expect(raised.status).toBe(200)
    expect(raised.data.deal).toMatchObject({ per_customer_limit: 2, total_units: 5, available_units: 5 })
    const buyer = await buyerWithCart(api, seller, BUYER)
    const claimed = await call("post", shopPaths(seller).claims(deal.id), { cart_id: buyer.cartId, quantity: 2 }, buyer.headers)
    expect(claimed.status).toBe(201)
    expect(claimed.data.claim.quantity).toBe(2)

    expectInvalid(
      await call("post", `/admin/bazaar/deals/${deal.id}`, { total_units: 1 }, admin),
      /cannot drop below the 2 units already claimed or sold \(got 1\)/
    )
    const exact = await call("post", `/admin/bazaar/deals/${deal.id}`, { total_units: 2 }, admin)
    expect(exact.status).toBe(200)
    expect(exact.data.deal).toMatchObject({ total_units: 2, available_units: 0, percent_claimed: 100 })
    const more = await call("post", `/admin/bazaar/deals/${deal.id}`, { total_units: 8 }, admin)
    expect(more.status).toBe(200)
    expect(more.data.deal).toMatchObject({ total_units: 8, available_units: 6, percent_claimed: 25 })
    const read = await call("get", `/admin/bazaar/deals/${deal.id}`, undefined, admin)
    expect(read.data.deal).toMatchObject({ total_units: 8, available_units: 6 })
  })

  it("takes a seller's proposal as proposed and not claimable (409 deal_not_live) until an operator approves it; a declined one keeps the reason", async () => {
    const proposed = await call(
      "post",
      `/seller/shops/${seller.shop.id}/deals`,
      { variant_id: product.variant_id, price: 299, total_units: 3, ...(await liveWindow(getContainer())) },
      seller.headers
    )
    expect(proposed.status).toBe(201)
    expect(proposed.data.deal).toMatchObject({ state: "proposed", proposed_by: seller.sellerId, mrp: 400, price: 299, available_units: 3 })
    const dealId = proposed.data.deal.id
    const paths = shopPaths(seller)
    const buyer = await buyerWithCart(api, seller, BUYER)
    const early = await call("post", paths.claims(dealId), { cart_id: buyer.cartId }, buyer.headers)
    expect({ status: early.status, code: early.data.code }).toEqual({ status: 409, code: "deal_not_live" })
    expect(early.data.message).toMatch(/is proposed/)
    expect((await call("get", paths.deals, undefined, buyer.headers)).data.live).toEqual([])

    const approved = await call("post", `/admin/bazaar/deals/${dealId}/approve`, {}, admin)
    expect(approved.status).toBe(200)
    expect(approved.data.deal).toMatchObject({ id: dealId, state: "live", available_units: 3 })
    const claimed = await call("post", paths.claims(dealId), { cart_id: buyer.cartId }, buyer.headers)
    expect(claimed.status).toBe(201)
    const line = claimed.data.cart.items.find((item: any) => item.id === claimed.data.claim.line_item_id)
    expect(line.unit_price).toBe(299)
    const again = await call("post", `/admin/bazaar/deals/${dealId}/approve`, {}, admin)
    expectInvalid(again, /is approved, not a proposal/)

    const second = await call(
      "post",
      `/seller/shops/${seller.shop.id}/deals`,
      { variant_id: product.variant_id, price: 199, total_units: 10, ...(await windowAt(180, 60)) },
      seller.headers
    )
    expect(second.status).toBe(201)
    expect(second.data.deal.state).toBe("proposed")
    const missingReason = await call("post", `/admin/bazaar/deals/${second.data.deal.id}/decline`, {}, admin)
    expect(missingReason.status).toBe(400)
    const declined = await call("post", `/admin/bazaar/deals/${second.data.deal.id}/decline`, { reason: "Too deep a cut for the stock" }, admin)
    expect(declined.status).toBe(200)
    expect(declined.data.deal).toMatchObject({ state: "declined", status_reason: "Too deep a cut for the stock" })

    const own = await call("get", `/seller/shops/${seller.shop.id}/deals`, undefined, seller.headers)
    expect(own.status).toBe(200)
    expect(own.data.count).toBe(2)
    expect(Object.fromEntries(own.data.deals.map((deal: any) => [deal.id, deal.state]))).toEqual({
      [dealId]: "live",
      [second.data.deal.id]: "declined",
    })
  })

  it("answers 404 to another seller on the first seller's deals routes", async () => {
    const deal = await createDeal(api, admin, { seller, product }, await liveWindow(getContainer()))
    const other = await sellerWithShop(api, OTHER_SELLER, "Other Tea House")
    const listed = await call("get", `/seller/shops/${seller.shop.id}/deals`, undefined, other.headers)
    expect(listed.status).toBe(404)
    expect(JSON.stringify(listed.data)).not.toContain(deal.id)
    const proposed = await call(
      "post",
      `/seller/shops/${seller.shop.id}/deals`,
      { variant_id: product.variant_id, price: 199, total_units: 3, ...(await windowAt(180, 60)) },
      other.headers
    )
    expect(proposed.status).toBe(404)
    const own = await call("get", `/seller/shops/${other.shop.id}/deals`, undefined, other.headers)
    expect(own.data).toMatchObject({ deals: [], count: 0 })
    const all = await call("get", "/admin/bazaar/deals", undefined, admin)
    expect(all.data.count).toBe(1)
  })

  it("refuses a deal of this shop on a variant another shop sells (400 deal_invalid)", async () => {
    const other = await sellerWithShop(api, OTHER_SELLER, "Other Tea House")
    const foreign = await uploadProduct(api, other, { name: "Ginger tea", mrp: 500, sale_price: 450 })
    const refused = await create({ ...(await liveWindow(getContainer())), variant_id: foreign.variant_id })
    expectInvalid(refused, new RegExp(`Variant ${foreign.variant_id} is not sold in shop ${seller.shop.id}`))
    expect((await call("get", "/admin/bazaar/deals", undefined, admin)).data.count).toBe(0)
  })

  it("filters GET /admin/bazaar/deals by state on the deals' clock: live, scheduled, ended", async () => {
    const live = await createDeal(api, admin, { seller, product }, await liveWindow(getContainer(), 1))
    const scheduled = await createDeal(api, admin, { seller, product }, await windowAt(180, 60))
    const ids = async (state: string) => {
      const answer = await call("get", `/admin/bazaar/deals?state=${state}`, undefined, admin)
      expect(answer.status).toBe(200)
      expect(answer.data.count).toBe(answer.data.deals.length)
      return answer.data.deals.map((deal: any) => `${deal.id}:${deal.state}`)
    }
    expect(await ids("live")).toEqual([`${live.id}:live`])
    expect(await ids("scheduled")).toEqual([`${scheduled.id}:scheduled`])
    expect(await ids("ended")).toEqual([])

    dealModule(getContainer()).clock.advance(2 * HOUR)
    expect(await ids("live")).toEqual([])
    expect(await ids("ended")).toEqual([`${live.id}:ended`])
    expect(await ids("scheduled")).toEqual([`${scheduled.id}:scheduled`])

    dealModule(getContainer()).clock.advance(90 * MINUTE)
    expect(await ids("live")).toEqual([`${scheduled.id}:live`])
    expect(await ids("scheduled")).toEqual([])
    expect(await ids("ended")).toEqual([`${live.id}:ended`])
    const all = await call("get", "/admin/bazaar/deals", undefined, admin)
    expect(all.data.count).toBe(2)
  })
}
