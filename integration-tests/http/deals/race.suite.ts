import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import type { Knex } from "knex"
import type { SuiteArgs } from "../../helpers/domain-runner"
import {
  buyerWithCart,
  cartFor,
  checkoutBody,
  createDeal,
  dealMarket,
  dealModule,
  inBatches,
  liveWindow,
  shopPaths,
  signedInCustomers,
} from "../../helpers/deals"
import { caller, type TestSeller } from "../../helpers/marketplace"

const SELLER = { phone: "+919000000621", code: "621621" }
const BUYER = { phone: "+919000000622", code: "622622" }
const BUYERS = 300
const UNITS = 50

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export const timeoutMs = 600_000

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let product: Record<string, any>
  let admin: object

  beforeEach(async () => {
    ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
  })
  afterEach(() => dealModule(getContainer()).clock.reset())

  const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const dealRow = async (id: string) =>
    (await pg().raw(`SELECT available_units, total_units, price::float AS price, ends_at - starts_at AS length FROM bazaar_deal WHERE id = ?`, [id])).rows[0]
  const claimSums = async (dealId: string) =>
    (
      await pg().raw(
        `SELECT status, count(*)::int AS claims, sum(quantity)::int AS units FROM bazaar_deal_claim WHERE deal_id = ? GROUP BY status ORDER BY status`,
        [dealId]
      )
    ).rows

  it(`${BUYERS} buyers at once on a ${UNITS}-unit deal: exactly ${UNITS} claims and orders, 0 oversold, the rest refused and on the waitlist`, async () => {
    const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: UNITS })
    const paths = shopPaths(seller)
    const phones = Array.from({ length: BUYERS }, (_, i) => `+9180000${String(i).padStart(5, "0")}`)
    const customers = await signedInCustomers(getContainer(), phones)
    const buyers = await inBatches(customers, 25, (customer) => cartFor(api, seller, customer))

    const answers = await Promise.all(buyers.map((buyer) => call("post", paths.claims(deal.id), { cart_id: buyer.cartId }, buyer.headers)))

    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(UNITS)
    expect(statuses.filter((status) => status === 409)).toHaveLength(BUYERS - UNITS)
    const refusals = answers.filter((answer) => answer.status === 409).map((answer) => answer.data)
    expect(new Set(refusals.map((refusal) => refusal.code))).toEqual(new Set(["deal_sold_out"]))
    for (const refusal of refusals) {
      expect(refusal.message).toBe(`Every unit of the deal "${deal.title}" is claimed; join the waitlist to get the next released unit`)
    }

    expect(await dealRow(deal.id)).toMatchObject({ available_units: 0, total_units: UNITS })
    expect(await claimSums(deal.id)).toEqual([{ status: "active", claims: UNITS, units: UNITS }])
    const listed = await call("get", paths.deals, undefined, buyers[0].headers)
    expect(listed.data.live).toEqual([expect.objectContaining({ id: deal.id, units_left: 0, percent_claimed: 100 })])

    const winners = buyers.filter((_, i) => answers[i].status === 201)
    const losers = buyers.filter((_, i) => answers[i].status !== 201)
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    const recorded = TestEventUtils.waitSubscribersExecution("order.placed", eventBus, { triggerCount: UNITS, timeout: 300_000 })
    const placed = await Promise.all(
      winners.map((buyer) => call("post", paths.complete(buyer.cartId), { ...checkoutBody, payment_provider_id: "pp_system_default" }, buyer.headers))
    )
    expect(placed.map((answer) => answer.status)).toEqual(winners.map(() => 201))
    await recorded

    const { data: links } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order_cart", fields: ["order_id", "cart_id"], filters: { cart_id: buyers.map((buyer) => buyer.cartId) } })
    expect(links).toHaveLength(UNITS)
    expect(new Set(links.map((link: any) => link.order_id)).size).toBe(UNITS)
    expect(new Set(links.map((link: any) => link.cart_id))).toEqual(new Set(winners.map((buyer) => buyer.cartId)))
    expect(await claimSums(deal.id)).toEqual([{ status: "ordered", claims: UNITS, units: UNITS }])
    const sold = await pg().raw(
      `SELECT sum(oi.quantity)::int AS units, count(DISTINCT oi.order_id)::int AS orders
       FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id AND oi.deleted_at IS NULL
       WHERE li.metadata->>'bazaar_deal_id' = ? AND li.deleted_at IS NULL`,
      [deal.id]
    )
    expect(sold.rows[0]).toEqual({ units: UNITS, orders: UNITS })
    expect(await dealRow(deal.id)).toMatchObject({ available_units: 0 })
    const waiting = await call("get", "/admin/bazaar/deal-orders?status=awaiting_approval&limit=100", undefined, admin)
    expect(waiting.data.count).toBe(UNITS)

    const joined = await Promise.all(losers.map((buyer) => call("post", paths.waitlist(deal.id), {}, buyer.headers)))
    expect(joined.map((answer) => answer.status)).toEqual(losers.map(() => 201))
    const places = await inBatches(losers, 50, async (buyer) => (await call("get", paths.waitlist(deal.id), undefined, buyer.headers)).data.waitlist_entry)
    expect(places.map((entry) => entry.status)).toEqual(losers.map(() => "waiting"))
    expect(places.map((entry) => entry.position).sort((a, b) => a - b)).toEqual(losers.map((_, i) => i + 1))
    const again = await call("post", paths.claims(deal.id), { cart_id: losers[0].cartId }, losers[0].headers)
    expect(again.status).toBe(409)
    expect(again.data.code).toBe("deal_sold_out")
  })

  it("the database refuses an oversell, a second claim, a price above MRP and a 13-hour deal when the code is bypassed", async () => {
    const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 1 })
    const buyer = await buyerWithCart(api, seller, BUYER)
    const claimed = await call("post", shopPaths(seller).claims(deal.id), { cart_id: buyer.cartId }, buyer.headers)
    expect(claimed.status).toBe(201)
    const before = await dealRow(deal.id)
    expect(before).toMatchObject({ available_units: 0, total_units: 1, price: 249 })

    await expect(pg().raw(`UPDATE bazaar_deal SET available_units = available_units - 1 WHERE id = ?`, [deal.id])).rejects.toMatchObject({
      code: "23514",
      constraint: "bazaar_deal_units_check",
    })
    const [claim] = (await pg().raw(`SELECT customer_id, cart_id FROM bazaar_deal_claim WHERE deal_id = ?`, [deal.id])).rows
    await expect(
      pg().raw(
        `INSERT INTO bazaar_deal_claim (id, deal_id, customer_id, cart_id, quantity, expires_at, status)
         VALUES ('dclaim_bypass', ?, ?, ?, 1, now() + interval '15 minutes', 'active')`,
        [deal.id, claim.customer_id, claim.cart_id]
      )
    ).rejects.toMatchObject({ code: "23505", constraint: "IDX_bazaar_deal_claim_deal_id_customer_id_unique" })
    await expect(pg().raw(`UPDATE bazaar_deal SET price = mrp + 1 WHERE id = ?`, [deal.id])).rejects.toMatchObject({
      code: "23514",
      constraint: "bazaar_deal_price_check",
    })
    await expect(pg().raw(`UPDATE bazaar_deal SET ends_at = starts_at + interval '13 hours' WHERE id = ?`, [deal.id])).rejects.toMatchObject({
      code: "23514",
      constraint: "bazaar_deal_window_check",
    })

    expect(await dealRow(deal.id)).toEqual(before)
    expect(await claimSums(deal.id)).toEqual([{ status: "active", claims: 1, units: 1 }])
    // the guards refuse nothing a deal may be: exactly 12 hours passes the same check
    await pg().raw(`UPDATE bazaar_deal SET ends_at = starts_at + interval '12 hours' WHERE id = ?`, [deal.id])
    expect((await dealRow(deal.id)).length).toMatchObject({ hours: 12 })
  })
}
