import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { buyerWithCart, createDeal, dealMarket, dealModule, shopPaths } from "../../helpers/deals"
import { caller, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { refreshDealsDailyWorkflow } from "../../../src/workflows/deals/refresh-deals-daily"

const SELLER = { phone: "+919000000611", code: "611611" }
const BUYER = { phone: "+919000000612", code: "612612" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const isoDate = (at: Date) => at.toISOString().slice(0, 10)

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let product: Record<string, any>
  let admin: object

  beforeEach(async () => {
    ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
  })
  afterEach(() => dealModule(getContainer()).clock.reset())

  /** jest.config.js runs the tests in Pacific/Kiritimati (UTC+14) unless TZ is set: the server is far from UTC. */
  const expectServerFarFromUtc = (at: Date) => expect(at.getTimezoneOffset()).toBe(-14 * 60)

  const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const refresh = () => refreshDealsDailyWorkflow(getContainer()).run({ input: {} }).then(({ result }) => result)
  /** Everything the refresh may change, to see that a second run changes nothing. */
  const snapshot = async () => ({
    deals: (await pg().raw(`SELECT * FROM bazaar_deal ORDER BY id`)).rows,
    claims: (await pg().raw(`SELECT * FROM bazaar_deal_claim ORDER BY id`)).rows,
    refreshes: (await pg().raw(`SELECT * FROM bazaar_deal_refresh ORDER BY id`)).rows,
  })
  /** Moves the deals' clock so that it reads `at` (give or take the milliseconds the test itself takes). */
  const setClock = async (at: Date) => {
    const deals = dealModule(getContainer())
    deals.clock.advance(at.getTime() - (await deals.now()).getTime())
  }

  it("at 00:30 UTC on a server at UTC+14: the refresh of the UTC date runs once however often, ends yesterday's deals, releases their claims and starts one occurrence of a daily deal", async () => {
    const realNow = await dealModule(getContainer()).now()
    expectServerFarFromUtc(realNow)

    // D: the next UTC midnight; deals run on the evening before it, from 22:29 to 23:29 UTC
    const midnight = new Date(Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate()) + DAY)
    const evening = { starts_at: new Date(midnight.getTime() - 91 * MINUTE), ends_at: new Date(midnight.getTime() - 31 * MINUTE) }
    await setClock(new Date(midnight.getTime() - 90 * MINUTE))
    const tea = await uploadProduct(api, seller, { name: "Ginger tea", mrp: 200, sale_price: 180 })
    const once = await createDeal(api, admin, { seller, product }, { ...evening, total_units: 5 })
    const daily = await createDeal(api, admin, { seller, product: tea }, { ...evening, price: 150, total_units: 3, recurrence: "daily" })
    expect([once.state, daily.state]).toEqual(["live", "live"])
    const buyer = await buyerWithCart(api, seller, BUYER)
    const claimed = await call("post", shopPaths(seller).claims(once.id), { cart_id: buyer.cartId, quantity: 1 }, buyer.headers)
    expect(claimed.status).toBe(201)
    expect((await pg().raw(`SELECT available_units FROM bazaar_deal WHERE id = ?`, [once.id])).rows[0].available_units).toBe(4)

    await setClock(new Date(midnight.getTime() + 30 * MINUTE))

    const [first, second] = await Promise.all([refresh(), refresh()])
    expect([first.ran, second.ran].sort()).toEqual([false, true])
    const ran = first.ran ? first : second
    expect(ran.date).toBe(isoDate(midnight))
    expect([...ran.ended_deals].sort()).toEqual([once.id, daily.id].sort())
    expect(ran.started_occurrences).toHaveLength(1)
    const after = await snapshot()

    const third = await refresh()
    expect(third).toMatchObject({ ran: false, date: isoDate(midnight), ended_deals: [], started_occurrences: [] })
    expect(await snapshot()).toEqual(after)

    const rows = (await pg().raw(`SELECT date, ended_deals, started_occurrences FROM bazaar_deal_refresh WHERE date = ?`, [isoDate(midnight)])).rows
    expect(rows).toEqual([{ date: isoDate(midnight), ended_deals: 2, started_occurrences: 1 }])

    const byId = new Map(after.deals.map((deal: any) => [deal.id, deal]))
    expect(byId.get(once.id)).toMatchObject({ status: "ended", available_units: 5, total_units: 5 })
    expect(byId.get(daily.id)).toMatchObject({ status: "ended", available_units: 3 })
    expect(after.claims).toEqual([expect.objectContaining({ deal_id: once.id, status: "expired", quantity: 1 })])

    const occurrences = after.deals.filter((deal: any) => deal.occurrence_of === daily.id)
    expect(occurrences).toHaveLength(1)
    const [occurrence] = occurrences
    expect(occurrence.id).toBe(ran.started_occurrences[0])
    // the same UTC time of day (22:29:00) on the new date, the same hour, every unit
    expect(new Date(occurrence.starts_at).toISOString()).toBe(new Date(evening.starts_at.getTime() + DAY).toISOString())
    expect(new Date(occurrence.ends_at).toISOString()).toBe(new Date(evening.ends_at.getTime() + DAY).toISOString())
    expect(occurrence).toMatchObject({ status: "approved", total_units: 3, available_units: 3, recurrence: null, variant_id: tea.variant_id })
    expect(Number(occurrence.price)).toBe(150)
    expect(Number(occurrence.mrp)).toBe(200)

    const detail = await call("get", `/admin/bazaar/deals/${occurrence.id}`, undefined, admin)
    expect(detail.data.deal).toMatchObject({ state: "scheduled", available_units: 3, percent_claimed: 0 })
  })

  it("at 12:00 UTC on a server at UTC+14 (already tomorrow there): the refresh takes the UTC date, and a second day gets its own row", async () => {
    const realNow = await dealModule(getContainer()).now()
    expectServerFarFromUtc(realNow)
    const noon = new Date(Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate()) + DAY + 12 * HOUR)
    await setClock(noon)
    const clockNow = await dealModule(getContainer()).now()
    expect(clockNow.getDate()).not.toBe(clockNow.getUTCDate())

    expect(await refresh()).toMatchObject({ ran: true, date: isoDate(noon) })
    expect(await refresh()).toMatchObject({ ran: false, date: isoDate(noon) })
    dealModule(getContainer()).clock.advance(DAY)
    expect(await refresh()).toMatchObject({ ran: true, date: isoDate(new Date(noon.getTime() + DAY)) })

    const rows = (await pg().raw(`SELECT date FROM bazaar_deal_refresh WHERE date >= ? ORDER BY date`, [isoDate(noon)])).rows
    expect(rows.map((row: any) => row.date)).toEqual([isoDate(noon), isoDate(new Date(noon.getTime() + DAY))])
  })
}
