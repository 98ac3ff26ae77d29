import type { SuiteArgs } from "../../helpers/domain-runner"
import { waitUntil } from "../../helpers/bol-sync"
import {
  buyerWithCart,
  checkoutBody,
  createDeal,
  dealMarket,
  dealModule,
  liveWindow,
  prepareNativeCompletion,
  shopPaths,
  sweepDeals,
  unitsLeft,
} from "../../helpers/deals"
import { caller, type TestSeller } from "../../helpers/marketplace"

const SELLER = { phone: "+919000000520", code: "520520" }
const BUYERS = ["A", "B", "C", "D"].map((name, i) => ({ name, phone: `+91900000052${i + 1}`, code: `52${i + 1}52${i + 1}` }))
const [A, B, C, D] = BUYERS

const MINUTE = 60_000

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, ...BUYERS].map((t) => `${t.phone}:${t.code}`).join(","),
}

export const timeoutMs = 240_000

type Answer = { status: number; data: any }

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let product: Record<string, any>
  let admin: object
  let store: { "x-publishable-api-key": string }
  let paths: ReturnType<typeof shopPaths>

  beforeEach(async () => {
    ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
    store = { "x-publishable-api-key": seller.shop.publishable_key }
    paths = shopPaths(seller)
  })
  afterEach(() => dealModule(getContainer()).clock.reset())

  const clock = () => dealModule(getContainer()).clock
  const liveDeal = async (terms: Record<string, unknown> = {}) =>
    createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), ...terms })
  const claim = (dealId: string, buyer: { headers: object; cartId: string }, quantity?: number) =>
    call("post", paths.claims(dealId), { cart_id: buyer.cartId, ...(quantity ? { quantity } : {}) }, buyer.headers)
  const joinWaitlist = (dealId: string, buyer: { headers: object }) => call("post", paths.waitlist(dealId), {}, buyer.headers)
  const waitlistOf = async (dealId: string, buyer: { headers: object }) =>
    (await call("get", paths.waitlist(dealId), undefined, buyer.headers)).data.waitlist_entry
  const nativeCart = async (cartId: string) => (await call("get", `/store/carts/${cartId}`, undefined, store)).data.cart
  const refusal = (answer: Answer) => ({ status: answer.status, code: answer.data?.code })
  /** The status, with the body shown when it is not the expected one. */
  const expectStatus = (answer: Answer, status: number) => expect({ status: answer.status, body: answer.data }).toMatchObject({ status })
  const claimStatus = async (claimId: string) => (await dealModule(getContainer()).retrieveDealClaim(claimId)).status

  it("claims a unit into the cart at the deal price set on the server, held 15 minutes, once per customer (409 deal_limit_reached, also from another cart)", async () => {
    const deal = await liveDeal({ total_units: 5 })
    const a = await buyerWithCart(api, seller, A)
    const before = (await dealModule(getContainer()).now()).getTime()

    const claimed = await claim(deal.id, a)
    expect(claimed.status).toBe(201)
    const { claim: held, cart } = claimed.data
    expect(held).toMatchObject({ deal_id: deal.id, quantity: 1 })
    const holdMs = Date.parse(held.expires_at) - before
    expect(holdMs).toBeGreaterThanOrEqual(15 * MINUTE)
    expect(holdMs).toBeLessThan(15 * MINUTE + MINUTE)
    expect(cart.items).toHaveLength(1)
    expect(cart.items[0]).toMatchObject({ id: held.line_item_id, variant_id: product.variant_id, quantity: 1, unit_price: 249 })
    const native = await nativeCart(a.cartId)
    expect(native.items[0].metadata).toEqual({ bazaar_deal_claim_id: held.id, bazaar_deal_id: deal.id })
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
    const listed = (await call("get", paths.deals, undefined, store)).data.live[0]
    expect(listed).toMatchObject({ id: deal.id, price: 249, mrp: 400, units_left: 4, total_units: 5, percent_claimed: 20 })

    const twice = await claim(deal.id, a)
    expect(refusal(twice)).toEqual({ status: 409, code: "deal_limit_reached" })
    expect(twice.data.message).toMatch(/one claim per customer/)
    // the same customer's second cart (a second OTP login so soon would be rate-limited)
    const created = await call("post", `/store/shops/${seller.shop.handle}/carts`, {}, store)
    const otherCart = { headers: a.headers, cartId: created.data.cart.id as string }
    const fromOtherCart = await claim(deal.id, otherCart)
    expect(refusal(fromOtherCart)).toEqual({ status: 409, code: "deal_limit_reached" })
    expect(fromOtherCart.data.message).toMatch(/one claim per customer/)
    expect((await nativeCart(otherCart.cartId)).items).toEqual([])

    const b = await buyerWithCart(api, seller, B)
    const tooMany = await claim(deal.id, b, 2)
    expect(refusal(tooMany)).toEqual({ status: 409, code: "deal_limit_reached" })
    expect(tooMany.data.message).toMatch(/allows 1 per customer \(asked for 2\)/)
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
    expect((await claim(deal.id, b)).status).toBe(201)
    expect(await unitsLeft(api, seller, deal.id)).toBe(3)
  })

  it("releases the unit when the deal line is removed through Bazaar's DELETE line route and through Medusa's native DELETE /store/carts/:id/line-items/:line_id", async () => {
    const deal = await liveDeal({ total_units: 5 })
    const a = await buyerWithCart(api, seller, A)
    const unitsBack = (what: string) => waitUntil(async () => (await unitsLeft(api, seller, deal.id)) === 5, 30_000, what)

    const first = await claim(deal.id, a)
    expect(first.status).toBe(201)
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
    const removed = await call("delete", paths.line(a.cartId, first.data.claim.line_item_id), undefined, a.headers)
    expect(removed.status).toBe(200)
    expect(removed.data.cart.items).toEqual([])
    await unitsBack("the unit back after Bazaar's DELETE")
    expect(await claimStatus(first.data.claim.id)).toBe("released")

    const second = await claim(deal.id, a)
    expect(second.status).toBe(201)
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
    const nativeRemoved = await call("delete", `/store/carts/${a.cartId}/line-items/${second.data.claim.line_item_id}`, undefined, store)
    expect(nativeRemoved.status).toBe(200)
    expect(nativeRemoved.data).toMatchObject({ deleted: true, parent: { items: [] } })
    await unitsBack("the unit back after Medusa's native DELETE")
    expect(await claimStatus(second.data.claim.id)).toBe("released")

    // released claims do not count against the one-per-customer rule
    expect((await claim(deal.id, a)).status).toBe(201)
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
  })

  it("frees a claim after 15 minutes: the unit goes to another buyer at claim time and the first buyer's checkout is refused 409 deal_claim_expired", async () => {
    const deal = await liveDeal({ total_units: 1 })
    const a = await buyerWithCart(api, seller, A)
    const b = await buyerWithCart(api, seller, B)
    const first = await claim(deal.id, a)
    expect(first.status).toBe(201)
    const soldOut = await claim(deal.id, b)
    expect(refusal(soldOut)).toEqual({ status: 409, code: "deal_sold_out" })
    expect(soldOut.data.message).toMatch(/join the waitlist/)

    clock().advance(14 * MINUTE)
    expect(refusal(await claim(deal.id, b))).toEqual({ status: 409, code: "deal_sold_out" })
    clock().advance(2 * MINUTE)
    const taken = await claim(deal.id, b)
    expect(taken.status).toBe(201)
    expect(await claimStatus(first.data.claim.id)).toBe("expired")
    expect(await unitsLeft(api, seller, deal.id)).toBe(0)

    const late = await call("post", paths.complete(a.cartId), checkoutBody, a.headers)
    expect(refusal(late)).toEqual({ status: 409, code: "deal_claim_expired" })
    expect(late.data.message).toMatch(/remove (the )?line/)

    // the unit's new holder places the order through Medusa's own completion
    await prepareNativeCompletion(api, b)
    const placed = await call("post", `/store/carts/${b.cartId}/complete`, {}, b.headers)
    expectStatus(placed, 200)
    expect(placed.data.type).toBe("order")
    expect(placed.data.order.items).toEqual([expect.objectContaining({ quantity: 1, unit_price: 249 })])
  })

  it("refuses an ended deal at claim (409 deal_not_live) and at checkout through Bazaar's and Medusa's native completion", async () => {
    const now = (await dealModule(getContainer()).now()).getTime()
    const deal = await createDeal(api, admin, { seller, product }, {
      starts_at: new Date(now - MINUTE).toISOString(),
      ends_at: new Date(now + 5 * MINUTE).toISOString(),
    })
    const a = await buyerWithCart(api, seller, A)
    const b = await buyerWithCart(api, seller, B)
    const claimed = await claim(deal.id, a)
    expect(claimed.status).toBe(201)
    await prepareNativeCompletion(api, a)

    // past ends_at, inside the claim's 15 minutes
    clock().advance(6 * MINUTE)
    // the every-minute sweep may expire the claim of the ended deal first: then the refusal names the claim
    const endedRefusal = (answer: Answer) => {
      expectStatus(answer, 409)
      const why = { deal_not_live: /has ended/, deal_claim_expired: /no longer claims/ }[answer.data.code as string]
      expect(why).toBeDefined()
      expect(answer.data.message).toMatch(why!)
    }
    endedRefusal(await call("post", `/store/carts/${a.cartId}/complete`, {}, a.headers))
    endedRefusal(await call("post", paths.complete(a.cartId), checkoutBody, a.headers))

    const late = await claim(deal.id, b)
    expect(refusal(late)).toEqual({ status: 409, code: "deal_not_live" })
    expect(late.data.message).toMatch(/is ended/)
    expect((await call("get", paths.deals, undefined, store)).data.live).toEqual([])
    const orders = await call("get", `/seller/shops/${seller.shop.id}/orders`, undefined, seller.headers)
    expect(orders.data.count).toBe(0)
    expect((await nativeCart(a.cartId)).completed_at).toBeNull()
  })

  it("hands released units to the waitlist in order: the first in line is offered the unit, the next cannot take it, the first claims it", async () => {
    const deal = await liveDeal({ total_units: 2 })
    const [a, b, c, d] = await Promise.all(BUYERS.map((who) => buyerWithCart(api, seller, who)))
    expect((await claim(deal.id, a)).status).toBe(201)
    const early = await joinWaitlist(deal.id, c)
    expect(refusal(early)).toEqual({ status: 409, code: "deal_units_left" })
    expect(early.data.message).toMatch(/1 units of this deal are still available/)

    // B's claim is 10 minutes younger than A's, so only A's expires below
    clock().advance(10 * MINUTE)
    expect((await claim(deal.id, b)).status).toBe(201)
    const joinedC = await joinWaitlist(deal.id, c)
    expect(joinedC.status).toBe(201)
    expect(joinedC.data.waitlist_entry).toMatchObject({ status: "waiting", position: 1 })
    const joinedD = await joinWaitlist(deal.id, d)
    expect(joinedD.status).toBe(201)
    expect(joinedD.data.waitlist_entry).toMatchObject({ status: "waiting", position: 2 })

    clock().advance(6 * MINUTE)
    await sweepDeals(getContainer())
    const offeredC = await waitlistOf(deal.id, c)
    expect(offeredC).toMatchObject({ status: "offered", position: null })
    const now = (await dealModule(getContainer()).now()).getTime()
    expect(Date.parse(offeredC.offered_until) - now).toBeGreaterThan(9 * MINUTE)
    expect(Date.parse(offeredC.offered_until) - now).toBeLessThanOrEqual(10 * MINUTE)
    expect(await waitlistOf(deal.id, d)).toMatchObject({ status: "waiting", position: 1 })
    expect(await unitsLeft(api, seller, deal.id)).toBe(0)

    const skipped = await claim(deal.id, d)
    expect(refusal(skipped)).toEqual({ status: 409, code: "deal_sold_out" })
    const taken = await claim(deal.id, c)
    expect(taken.status).toBe(201)
    expect(taken.data.cart.items).toEqual([expect.objectContaining({ quantity: 1, unit_price: 249 })])
    expect(await waitlistOf(deal.id, c)).toMatchObject({ status: "claimed" })
    expect(await waitlistOf(deal.id, d)).toMatchObject({ status: "waiting", position: 1 })
    expect(await unitsLeft(api, seller, deal.id)).toBe(0)
    const read = await call("get", `/admin/bazaar/deals/${deal.id}`, undefined, admin)
    expect(read.data.deal).toMatchObject({ total_units: 2, available_units: 0, percent_claimed: 100 })
  })

  it("passes an offer not taken in time to the next in line", async () => {
    const deal = await liveDeal({ total_units: 1 })
    const [a, , c, d] = await Promise.all(BUYERS.map((who) => buyerWithCart(api, seller, who)))
    expect((await claim(deal.id, a)).status).toBe(201)
    expect((await joinWaitlist(deal.id, c)).data.waitlist_entry).toMatchObject({ status: "waiting", position: 1 })
    expect((await joinWaitlist(deal.id, d)).data.waitlist_entry).toMatchObject({ status: "waiting", position: 2 })

    clock().advance(16 * MINUTE)
    await sweepDeals(getContainer())
    expect(await waitlistOf(deal.id, c)).toMatchObject({ status: "offered" })
    expect(await waitlistOf(deal.id, d)).toMatchObject({ status: "waiting", position: 1 })

    clock().advance(11 * MINUTE)
    await sweepDeals(getContainer())
    expect(await waitlistOf(deal.id, c)).toMatchObject({ status: "expired", offered_until: expect.any(String) })
    expect(await waitlistOf(deal.id, d)).toMatchObject({ status: "offered", position: null })
    expect(refusal(await claim(deal.id, c))).toEqual({ status: 409, code: "deal_sold_out" })
    const taken = await claim(deal.id, d)
    expect(taken.status).toBe(201)
    expect(await waitlistOf(deal.id, d)).toMatchObject({ status: "claimed" })
    expect(await unitsLeft(api, seller, deal.id)).toBe(0)
  })

  it("refuses forged deal lines on Medusa's native cart routes: a line naming a claim, a quantity above the claim, a change of a line's deal marks", async () => {
    const deal = await liveDeal({ total_units: 5 })
    const a = await buyerWithCart(api, seller, A)
    const claimed = await claim(deal.id, a)
    expect(claimed.status).toBe(201)
    const { id: claimId, line_item_id: lineId } = claimed.data.claim
    const lines = `/store/carts/${a.cartId}/line-items`

    for (const metadata of [{ bazaar_deal_claim_id: claimId }, { bazaar_deal_id: deal.id }]) {
      const forged = await call("post", lines, { variant_id: product.variant_id, quantity: 1, metadata }, store)
      expect(refusal(forged)).toEqual({ status: 400, code: "deal_invalid" })
      expect(forged.data.message).toMatch(/a deal line is added only by claiming the deal/)
    }
    const raised = await call("post", `${lines}/${lineId}`, { quantity: 2 }, store)
    expect(refusal(raised)).toEqual({ status: 409, code: "deal_limit_reached" })
    expect(raised.data.message).toMatch(/claimed for 1 \(asked for 2\)/)
    const raisedHere = await call("post", paths.line(a.cartId, lineId), { quantity: 3 }, a.headers)
    expect(refusal(raisedHere)).toEqual({ status: 409, code: "deal_limit_reached" })
    const remarked = await call("post", `${lines}/${lineId}`, { quantity: 1, metadata: { gift: "yes" } }, store)
    expect(refusal(remarked)).toEqual({ status: 400, code: "deal_invalid" })
    expect(remarked.data.message).toMatch(/cannot take or drop a deal's marks/)

    // the same variant added plainly is its own line at the sale price, and cannot be marked a deal line afterwards
    const plain = await call("post", lines, { variant_id: product.variant_id, quantity: 1 }, store)
    expect(plain.status).toBe(200)
    const plainLine = plain.data.cart.items.find((item: any) => item.id !== lineId)
    expect(plainLine).toMatchObject({ quantity: 1, unit_price: 300 })
    const marked = await call("post", `${lines}/${plainLine.id}`, { quantity: 1, metadata: { bazaar_deal_claim_id: claimId } }, store)
    expect(refusal(marked)).toEqual({ status: 400, code: "deal_invalid" })

    const cart = await nativeCart(a.cartId)
    const dealLine = cart.items.find((item: any) => item.id === lineId)
    expect(dealLine).toMatchObject({ quantity: 1, unit_price: 249, metadata: { bazaar_deal_claim_id: claimId, bazaar_deal_id: deal.id } })
    expect(cart.items.find((item: any) => item.id === plainLine.id).metadata ?? {}).toEqual({})
    expect(cart.items).toHaveLength(2)
    expect(await unitsLeft(api, seller, deal.id)).toBe(4)
    expect(await claimStatus(claimId)).toBe("active")
  })
}
