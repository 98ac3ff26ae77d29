import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { CaughtMail } from "../../../tools/mail-catcher/server"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"
import { buyerWithCart, checkoutBody, createDeal, dealMarket, dealModule, liveWindow, shopPaths } from "../../helpers/deals"
import { useEnv } from "../../helpers/env"
import { useMailCatcher } from "../../helpers/mail-catcher"
import { useFakeTwilio } from "../../helpers/fake-twilio"
import { BUYER_ADDRESS, caller, type TestSeller } from "../../helpers/marketplace"
import { formatTime } from "../../../src/workflows/messages/utils/format"
import { BazaarEvents } from "../../../src/workflows/events"

jest.setTimeout(240 * 1000)

const SELLER = { phone: "+919000000451", code: "451451" }
const BUYER = { phone: "+919000000452", code: "452452" }
const WAITING = { phone: "+919000000453", code: "453453" }
const BUYER_EMAIL = "meera@example.com"

const catcher = useMailCatcher()
useEnv({ BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER, WAITING].map((t) => `${t.phone}:${t.code}`).join(",") })
const twilio = useFakeTwilio()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    let seller: TestSeller
    let product: Record<string, any>
    let admin: object

    beforeEach(async () => {
      catcher.current().clear()
      ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
    })

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    /** Runs `action` and waits until every subscriber of each of `events` has finished (no sleeps; the timeout only stops a hung test). */
    async function andSubscribers<T>(events: string[], action: () => Promise<T>): Promise<T> {
      const done = events.map((name) => TestEventUtils.waitSubscribersExecution(name, eventBus(), { timeout: 90_000 }))
      const result = await action()
      await Promise.all(done)
      return result
    }

    const paths = () => shopPaths(seller)
    const dealMails = () => catcher.current().messages().filter((mail: CaughtMail) => mail.to.includes(BUYER_EMAIL) && !/^(Invoice|Credit note) /.test(mail.subject))
    const smsTo = (phone: string) => twilio.current().messages.filter((m) => m.to === phone).map((m) => m.body)

    /** A one-unit deal claimed by BUYER, whose order (pay on delivery, with `email` when given) waits for approval. */
    async function dealOrder(email?: string) {
      const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 1 })
      const buyer = await buyerWithCart(api, seller, BUYER)
      const claimed = await call("post", paths().claims(deal.id), { cart_id: buyer.cartId }, buyer.headers)
      expect(claimed.status).toBe(201)
      const placed = await andSubscribers(["order.placed", BazaarEvents.DEAL_ORDER_AWAITING_APPROVAL], () =>
        call("post", paths().complete(buyer.cartId), { ...checkoutBody, ...(email ? { email } : {}) }, buyer.headers)
      )
      expect(placed.status).toBe(201)
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: placed.data.order.id } })
      return { deal, order: data[0] as unknown as { id: string; display_id: number } }
    }

    it("tells the buyer the deal order waits and why it was rejected, and offers the freed unit to the first in line, once each", async () => {
      const { deal, order } = await dealOrder(BUYER_EMAIL)
      const waiting = await buyerWithCart(api, seller, WAITING)
      expect((await call("post", paths().waitlist(deal.id), {}, waiting.headers)).status).toBe(201)
      const n = order.display_id
      expect(dealMails().map((mail) => mail.subject)).toEqual(
        expect.arrayContaining([`Order #${n} received by Deal Tea House`, `Order #${n} waits for approval`])
      )

      const reason = "The shop's stock count was wrong"
      const rejected = await andSubscribers([BazaarEvents.DEAL_ORDER_REJECTED, BazaarEvents.DEAL_WAITLIST_OFFERED, "order.canceled"], () =>
        call("post", `/admin/bazaar/deal-orders/${order.id}/reject`, { reason }, admin)
      )
      expect(rejected.status).toBe(200)

      const rejections = () => dealMails().filter((mail) => mail.subject === `Order #${n} was rejected`)
      expect(rejections()).toHaveLength(1)
      expect(rejections()[0].text).toContain(`(${deal.title}) at Deal Tea House was rejected: ${reason}.`)
      expect(rejections()[0].text).toContain("the authorization is released")

      const [entry] = await dealModule(getContainer()).listDealWaitlistEntries({ deal_id: deal.id })
      expect(entry).toMatchObject({ status: "offered" })
      const offer = `Deal Tea House: a unit of ${deal.title} is yours to claim until ${formatTime(entry.offered_until as Date)}.`
      expect(smsTo(WAITING.phone)).toEqual([expect.stringMatching(new RegExp(`^${literal(offer)} https?://\\S+/${seller.shop.handle}$`))])

      // Delivered again, the events send nothing more.
      const again: { name: string; data: Record<string, unknown> }[] = [
        { name: BazaarEvents.DEAL_ORDER_REJECTED, data: { order_id: order.id, deal_ids: [deal.id], reason, automatic: false } },
        {
          name: BazaarEvents.DEAL_WAITLIST_OFFERED,
          data: { id: entry.id, deal_id: deal.id, customer_id: entry.customer_id, offered_until: new Date(entry.offered_until as Date).toISOString() },
        },
      ]
      for (const event of again) await andSubscribers([event.name], () => eventBus().emit(event))
      expect(rejections()).toHaveLength(1)
      expect(smsTo(WAITING.phone)).toHaveLength(1)
    })

    it("texts a buyer without email that the deal order waits, then that it is approved", async () => {
      const { deal, order } = await dealOrder()
      const approved = await andSubscribers([BazaarEvents.DEAL_ORDER_APPROVED], () =>
        call("post", `/admin/bazaar/deal-orders/${order.id}/approve`, {}, admin)
      )
      expect(approved.status).toBe(200)
      const n = order.display_id
      const dealSms = twilio.current().messages.filter((m) => m.body.includes(deal.title))
      expect(dealSms.map((m) => m.body)).toEqual([
        `Deal Tea House: order #${n} (${deal.title}) waits for the marketplace's approval.`,
        `Deal Tea House: order #${n} (${deal.title}) is approved.`,
      ])
      expect(new Set(dealSms.map((m) => m.to)).size).toBe(1)
      expect([BUYER.phone, BUYER_ADDRESS.phone]).toContain(dealSms[0].to)
      expect(dealMails()).toEqual([])
    })
  },
})

/** `text` as a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}
