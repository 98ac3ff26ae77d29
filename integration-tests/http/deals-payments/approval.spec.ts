import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"
import { buyerWithCart, checkoutBody, createDeal, dealMarket, dealModule, liveWindow, shopPaths } from "../../helpers/deals"
import { useEnv } from "../../helpers/env"
import { caller, type TestSeller } from "../../helpers/marketplace"
import { confirmAsStripeJs, pointWebhooksAt, useStripeFake } from "../../helpers/stripe"
import { rejectOverdueDealOrdersWorkflow } from "../../../src/workflows/deals/reject-overdue-deal-orders"
import { sweepDealsWorkflow } from "../../../src/workflows/deals/sweep-deals"

jest.setTimeout(600 * 1000)

const SELLER = { phone: "+919000000601", code: "601601" }
const BUYER = { phone: "+919000000602", code: "602602" }
const SECOND = { phone: "+919000000603", code: "603603" }
const THIRD = { phone: "+919000000604", code: "604604" }
const CARD = "pp_stripe_stripe"
const DOOR = "pp_system_default"
const HOUR = 60 * 60 * 1000

useEnv({ BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER, SECOND, THIRD].map((t) => `${t.phone}:${t.code}`).join(",") })
// captured at placement for ordinary orders: a deal order must still wait for the operator
const stripe = useStripeFake({ BAZAAR_CAPTURE_ON: "placement" })

type Buyer = { headers: Record<string, string>; cartId: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    let seller: TestSeller
    let product: Record<string, any>
    let admin: object

    beforeAll(() => pointWebhooksAt(stripe.current(), api.defaults.baseURL as string))
    // webhooks held: the storefront's own call places each order (helpers/stripe.ts)
    beforeEach(async () => {
      stripe.current().webhooks.discardHeld()
      stripe.current().webhooks.hold()
      ;({ seller, product, admin } = await dealMarket(api, getContainer(), SELLER))
    })
    afterEach(() => dealModule(getContainer()).clock.reset())

    describe("approval", () => {
      const paths = () => shopPaths(seller)
      const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
      const intentOf = (id: string) => stripe.current().state.paymentIntents.get(id)!
      const unitsLeft = async (dealId: string) => (await call("get", `/admin/bazaar/deals/${dealId}`, undefined, admin)).data.deal.available_units
      const dealOrder = (orderId: string, buyer: Buyer) => call("get", `/store/orders/${orderId}/deal`, undefined, buyer.headers)
      const decide = (orderId: string, action: "approve" | "reject", reason?: string) =>
        call("post", `/admin/bazaar/deal-orders/${orderId}/${action}`, reason === undefined ? {} : { reason }, admin)

      async function payments(orderId: string) {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
            filters: { id: orderId },
          })
        return (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection.payments ?? [])
      }

      /** Claims the deal into the buyer's cart and places the order (card: confirmed at Stripe first); waits for Medusa's order.placed subscribers. */
      async function placeDealOrder(dealId: string, who: { phone: string; code: string }, provider: string) {
        const buyer = await buyerWithCart(api, seller, who)
        const claimed = await call("post", paths().claims(dealId), { cart_id: buyer.cartId }, buyer.headers)
        expect(claimed.status).toBe(201)
        const complete = () => call("post", paths().complete(buyer.cartId), { ...checkoutBody, payment_provider_id: provider }, buyer.headers)
        let intentId: string | null = null
        if (provider === CARD) {
          const pending = await complete()
          expect(pending.status).toBe(202)
          intentId = pending.data.payment.payment_intent_id
          const confirmed = await confirmAsStripeJs(stripe.current(), pending.data.payment, "pm_card_visa")
          expect(confirmed.body.status).toBe("requires_capture")
        }
        const placedSubscribers = TestEventUtils.waitSubscribersExecution("order.placed", eventBus(), { timeout: 60_000 })
        const placed = await complete()
        expect(placed.status).toBe(201)
        await placedSubscribers
        return { buyer, orderId: placed.data.order.id as string, intentId }
      }

      it("a card deal order stays authorized at placement (captureOn = placement), and the operator's approval captures it", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 5 })
        const { buyer, orderId, intentId } = await placeDealOrder(deal.id, BUYER, CARD)

        const intent = intentOf(intentId!)
        expect(intent).toMatchObject({ status: "requires_capture", capture_method: "manual", amount_received: 0 })
        expect(await payments(orderId)).toEqual([expect.objectContaining({ provider_id: CARD, captured_at: null, canceled_at: null })])
        expect((await dealOrder(orderId, buyer)).data.deal_order).toMatchObject({ status: "awaiting_approval", reason: null })
        expect(await unitsLeft(deal.id)).toBe(4)

        const approved = await decide(orderId, "approve")
        expect(approved.status).toBe(200)
        expect(approved.data.deal_order).toMatchObject({ order_id: orderId, status: "approved", quantity: 1, deal_price: 249 })
        expect(intentOf(intentId!)).toMatchObject({ status: "succeeded", amount_received: intent.amount })
        const [payment] = await payments(orderId)
        expect(payment.captured_at).not.toBeNull()
        expect((await dealOrder(orderId, buyer)).data.deal_order).toMatchObject({ status: "approved" })
        expect(await unitsLeft(deal.id)).toBe(4)

        const twice = await decide(orderId, "approve")
        expect(twice.status).toBe(409)
        expect(twice.data).toMatchObject({ code: "deal_order_decided", message: `Deal order ${orderId} is already approved` })
        const late = await decide(orderId, "reject", "changed my mind")
        expect(late.status).toBe(409)
        expect(late.data.code).toBe("deal_order_decided")
        expect(intentOf(intentId!).status).toBe("succeeded")
      })

      it("the buyer's deal order shows the order's payment status: authorized while it waits, captured once approved", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 5 })
        const { buyer, orderId } = await placeDealOrder(deal.id, BUYER, CARD)
        expect((await dealOrder(orderId, buyer)).data.deal_order).toMatchObject({ status: "awaiting_approval", order_state: "placed", payment_status: "authorized" })
        expect((await decide(orderId, "approve")).status).toBe(200)
        expect((await dealOrder(orderId, buyer)).data.deal_order).toMatchObject({ status: "approved", payment_status: "captured" })
      })

      it("a rejection with a reason cancels the order and the card authorization, gives the unit back and tells the buyer why", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 5 })
        const { buyer, orderId, intentId } = await placeDealOrder(deal.id, BUYER, CARD)
        expect(await unitsLeft(deal.id)).toBe(4)

        const rejected = await decide(orderId, "reject", "Stock count was wrong")
        expect(rejected.status).toBe(200)
        expect(rejected.data.deal_order).toMatchObject({ status: "rejected", reason: "Stock count was wrong", order_state: "canceled" })
        expect(intentOf(intentId!)).toMatchObject({ status: "canceled", amount_received: 0 })
        expect(await payments(orderId)).toEqual([expect.objectContaining({ captured_at: null, canceled_at: expect.anything() })])
        expect(await unitsLeft(deal.id)).toBe(5)
        const tracked = await dealOrder(orderId, buyer)
        expect(tracked.status).toBe(200)
        expect(tracked.data.deal_order).toMatchObject({ order_id: orderId, status: "rejected", reason: "Stock count was wrong", order_state: "canceled" })
        expect(tracked.data.deal_order.decided_at).not.toBeNull()

        const twice = await decide(orderId, "reject", "again")
        expect(twice.status).toBe(409)
        expect(twice.data).toMatchObject({ code: "deal_order_decided", message: `Deal order ${orderId} is already rejected` })
        expect((await decide(orderId, "approve")).status).toBe(409)
        expect(intentOf(intentId!).status).toBe("canceled")
        expect(await unitsLeft(deal.id)).toBe(5)
      })

      it("a rejected unit goes to the first in the waitlist, not back to the deal", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 1 })
        const { orderId } = await placeDealOrder(deal.id, BUYER, DOOR)
        const second = await buyerWithCart(api, seller, SECOND)
        const third = await buyerWithCart(api, seller, THIRD)
        const soldOut = await call("post", paths().claims(deal.id), { cart_id: second.cartId }, second.headers)
        expect(soldOut.status).toBe(409)
        expect(soldOut.data.code).toBe("deal_sold_out")
        const joinedSecond = await call("post", paths().waitlist(deal.id), {}, second.headers)
        const joinedThird = await call("post", paths().waitlist(deal.id), {}, third.headers)
        expect([joinedSecond.status, joinedThird.status]).toEqual([201, 201])
        expect([joinedSecond.data.waitlist_entry.position, joinedThird.data.waitlist_entry.position]).toEqual([1, 2])

        const rejected = await decide(orderId, "reject", "Address outside delivery area")
        expect(rejected.status).toBe(200)
        const now = await dealModule(getContainer()).now()
        const offered = (await call("get", paths().waitlist(deal.id), undefined, second.headers)).data.waitlist_entry
        expect(offered).toMatchObject({ status: "offered", position: null })
        // offered for deals.waitlistOfferMinutes (10) from the rejection
        const offerMs = new Date(offered.offered_until).getTime() - now.getTime()
        expect(offerMs).toBeGreaterThan(9 * 60_000)
        expect(offerMs).toBeLessThanOrEqual(10 * 60_000)
        expect((await call("get", paths().waitlist(deal.id), undefined, third.headers)).data.waitlist_entry).toMatchObject({ status: "waiting", position: 1 })
        expect(await unitsLeft(deal.id)).toBe(0)

        const jumped = await call("post", paths().claims(deal.id), { cart_id: third.cartId }, third.headers)
        expect(jumped.status).toBe(409)
        expect(jumped.data.code).toBe("deal_sold_out")
        const taken = await call("post", paths().claims(deal.id), { cart_id: second.cartId }, second.headers)
        expect(taken.status).toBe(201)
        expect((await call("get", paths().waitlist(deal.id), undefined, second.headers)).data.waitlist_entry.status).toBe("claimed")
        expect(await unitsLeft(deal.id)).toBe(0)
      })

      it("an order left waiting past approvalWindowHours (72) is rejected automatically: the authorization released, the unit back", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer())), total_units: 5 })
        const { buyer, orderId, intentId } = await placeDealOrder(deal.id, BUYER, CARD)
        const clock = dealModule(getContainer()).clock

        clock.advance(71 * HOUR)
        const early = await rejectOverdueDealOrdersWorkflow(getContainer()).run()
        expect(early.result).toEqual({ rejected: [], failed: [] })
        expect((await dealOrder(orderId, buyer)).data.deal_order.status).toBe("awaiting_approval")
        expect(intentOf(intentId!).status).toBe("requires_capture")

        clock.advance(1 * HOUR + 60_000)
        const due = await rejectOverdueDealOrdersWorkflow(getContainer()).run()
        expect(due.result).toEqual({ rejected: [orderId], failed: [] })
        const tracked = (await dealOrder(orderId, buyer)).data.deal_order
        expect(tracked).toMatchObject({ status: "rejected", reason: "Not approved within 72 hours", order_state: "canceled" })
        expect(intentOf(intentId!).status).toBe("canceled")
        expect(await unitsLeft(deal.id)).toBe(5)

        const again = await rejectOverdueDealOrdersWorkflow(getContainer()).run()
        expect(again.result).toEqual({ rejected: [], failed: [] })
      })

      it("an order placed before the deal ended is approved after the end", async () => {
        const deal = await createDeal(api, admin, { seller, product }, { ...(await liveWindow(getContainer(), 1)), total_units: 5 })
        const { buyer, orderId } = await placeDealOrder(deal.id, BUYER, DOOR)

        dealModule(getContainer()).clock.advance(2 * HOUR)
        await sweepDealsWorkflow(getContainer()).run()
        const ended = (await call("get", `/admin/bazaar/deals/${deal.id}`, undefined, admin)).data.deal
        expect(ended).toMatchObject({ state: "ended", available_units: 4 })
        const late = await buyerWithCart(api, seller, SECOND)
        const refused = await call("post", paths().claims(deal.id), { cart_id: late.cartId }, late.headers)
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("deal_not_live")

        const approved = await decide(orderId, "approve")
        expect(approved.status).toBe(200)
        expect(approved.data.deal_order).toMatchObject({ order_id: orderId, status: "approved" })
        expect((await dealOrder(orderId, buyer)).data.deal_order.status).toBe("approved")
        const accepted = await call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/accept`, {}, seller.headers)
        expect(accepted.status).toBe(200)
      })
    })
  },
})
