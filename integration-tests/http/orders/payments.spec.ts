import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { signPayload } from "../../../tools/stripe-fake/webhooks"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"
import { useEnv } from "../../helpers/env"
import { BUYER_ADDRESS, caller, createIndiaRegion, customerLogin, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { confirmAsStripeJs, pointWebhooksAt, useStripeFake } from "../../helpers/stripe"
import { BAZAAR_MODULE } from "../../../src/modules/bazaar"
import type BazaarModuleService from "../../../src/modules/bazaar/service"
import { BazaarEvents } from "../../../src/workflows/events"

jest.setTimeout(300 * 1000)

const SELLER = { phone: "+919000000151", code: "151151" }
const BUYER = { phone: "+919000000152", code: "152152" }
const CARD = "pp_stripe_stripe"

useEnv({ BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(",") })
const stripe = useStripeFake()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    let seller: TestSeller
    let product: Record<string, any>
    let buyer: { authorization: string }
    let store: { "x-publishable-api-key": string }

    beforeAll(() => pointWebhooksAt(stripe.current(), api.defaults.baseURL as string))

    // Webhooks are held in every test and sent only by deliverHeldWebhooks (which waits until Medusa processed
    // them): no delivery of one test is still being processed in the next.
    beforeEach(async () => {
      stripe.current().webhooks.discardHeld()
      stripe.current().webhooks.hold()
      stripe.current().faults.clear()
      await createIndiaRegion(getContainer())
      seller = await sellerWithShop(api, SELLER, "Card Chai")
      product = await uploadProduct(api, seller, { name: "Masala Chai", mrp: 120, sale_price: 100 })
      buyer = await customerLogin(api, BUYER.phone, BUYER.code)
      store = { "x-publishable-api-key": seller.shop.publishable_key }
    })

    const base = () => `/store/shops/${seller.shop.handle}/carts`
    async function newCart(): Promise<string> {
      const { data } = await call("post", base(), {}, store)
      await call("post", `${base()}/${data.cart.id}/line-items`, { product_id: product.id, quantity: 2 }, store)
      return data.cart.id
    }
    const complete = (cartId: string, provider = CARD) =>
      call("post", `${base()}/${cartId}/complete`, { shipping_address: BUYER_ADDRESS, payment_provider_id: provider }, { ...store, ...buyer })

    async function ordersOf(cartId: string): Promise<string[]> {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartId },
      })
      return data.map((row: { order_id: string }) => row.order_id)
    }
    async function cartCompletedAt(cartId: string) {
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
      return cart.completed_at
    }
    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)

    /** Sends the held webhooks to the app and waits until Medusa processed each of them (no sleeps). */
    async function deliverHeldWebhooks() {
      const count = stripe.current().webhooks.heldEventIds().length
      if (!count) return
      const processed = TestEventUtils.waitSubscribersExecution("payment.webhook_received", eventBus(), { triggerCount: count })
      stripe.current().webhooks.release()
      stripe.current().webhooks.hold()
      await stripe.current().webhooks.idle()
      await processed
    }

    it("card checkout: 202 with what Stripe.js needs, the buyer confirms at Stripe, the next call places one order", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      expect(first.status).toBe(202)
      const payment = first.data.payment
      expect(payment).toMatchObject({
        provider_id: CARD,
        status: "requires_payment_method",
        publishable_key: stripe.current().publishableKey,
        client_secret: expect.stringMatching(/^pi_.+_secret_/),
      })
      const intent = stripe.current().state.paymentIntents.get(payment.payment_intent_id)!
      // 2 × ₹100 + delivery, in paise; authorized now, captured when the seller accepts
      expect(intent.capture_method).toBe("manual")
      expect(intent.amount).toBe(Math.round(payment.amount * 100))
      expect(intent.metadata.session_id).toBe(payment.payment_session_id)

      const early = await complete(cartId)
      expect(early.status).toBe(202)
      expect(early.data.payment.payment_intent_id).toBe(payment.payment_intent_id)

      const confirmed = await confirmAsStripeJs(stripe.current(), payment, "pm_card_visa")
      expect(confirmed.body.status).toBe("requires_capture")

      const placed = await complete(cartId)
      expect(placed.status).toBe(201)
      expect(placed.data.order.shop_id).toBe(seller.shop.id)
      expect(await ordersOf(cartId)).toEqual([placed.data.order.id])

      await deliverHeldWebhooks()
      const again = await complete(cartId)
      expect(again.status).toBe(200)
      expect(again.data.order.id).toBe(placed.data.order.id)
      expect(await ordersOf(cartId)).toHaveLength(1)
      expect(stripe.current().state.paymentIntents.get(payment.payment_intent_id)!.status).toBe("requires_capture")
    })

    it("a declined card answers 402, keeps the cart, tells subscribers, and another card then pays", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      const declined = await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_chargeDeclinedInsufficientFunds")
      expect(declined.status).toBe(402)

      const failed = TestEventUtils.waitSubscribersExecution(BazaarEvents.PAYMENT_FAILED, eventBus())
      const answer = await complete(cartId)
      await failed
      expect(answer.status).toBe(402)
      expect(answer.data).toMatchObject({ type: "card_declined", code: "insufficient_funds" })
      expect(answer.data.message).toContain("The card was declined")
      expect(await cartCompletedAt(cartId)).toBeNull()
      expect(await ordersOf(cartId)).toHaveLength(0)

      const fresh = await complete(cartId)
      expect(fresh.status).toBe(202)
      expect(fresh.data.payment.payment_intent_id).not.toBe(first.data.payment.payment_intent_id)
      expect(stripe.current().state.paymentIntents.get(first.data.payment.payment_intent_id)!.status).toBe("canceled")
      const retried = await confirmAsStripeJs(stripe.current(), fresh.data.payment, "pm_card_visa")
      expect(retried.body.status).toBe("requires_capture")
      const placed = await complete(cartId)
      expect(placed.status).toBe(201)
      expect(await ordersOf(cartId)).toHaveLength(1)
    })

    it("3-D Secure: 202 requires_action with the next action, then the order once the buyer passed it", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      const confirmed = await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_authenticationRequired")
      expect(confirmed.body.status).toBe("requires_action")

      const pending = await complete(cartId)
      expect(pending.status).toBe(202)
      expect(pending.data.payment.status).toBe("requires_action")
      expect(pending.data.payment.next_action.redirect_to_url.url).toContain("/_fake/3ds/")
      expect(pending.data.next_step).toContain("3-D Secure")

      stripe.current().authenticate(first.data.payment.payment_intent_id, "succeed")
      const placed = await complete(cartId)
      expect(placed.status).toBe(201)
    })

    it("Stripe's webhook first: the webhook places the order, the storefront's call gets the same one", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
      await deliverHeldWebhooks()
      const [orderId] = await ordersOf(cartId)
      expect(orderId).toBeDefined()

      const answer = await complete(cartId)
      expect(answer.status).toBe(200)
      expect(answer.data.order).toEqual({ id: orderId, shop_id: seller.shop.id })
      expect(await ordersOf(cartId)).toEqual([orderId])
    })

    it("an event delivered twice is taken once: the second delivery stops at Bazaar's dedupe", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
      const authorized = stripe.current().state.events.find((event) => event.type === "payment_intent.amount_capturable_updated")!
      await deliverHeldWebhooks()
      stripe.current().webhooks.redeliver(authorized.id)
      await stripe.current().webhooks.idle()
      const deliveries = stripe.current().webhooks.deliveries.filter((d) => d.event_id === authorized.id)
      expect(deliveries.map((d) => d.status)).toEqual([200, 200])
      expect(await ordersOf(cartId)).toHaveLength(1)

      // the same event posted again by hand: 200, marked as a duplicate, not queued
      const payload = JSON.stringify(authorized)
      const signature = signPayload(payload, stripe.current().webhookSecret, Math.floor(Date.now() / 1000))
      const post = (sig: string) =>
        fetch(`${api.defaults.baseURL}/hooks/payment/stripe_stripe`, {
          method: "POST",
          headers: { "content-type": "application/json", "stripe-signature": sig },
          body: payload,
        })
      const duplicate = await post(signature)
      expect(duplicate.status).toBe(200)
      expect(await duplicate.json()).toEqual({ received: true, duplicate: true })

      const forged = await post(signPayload(payload, "whsec_someone_else", Math.floor(Date.now() / 1000)))
      expect(forged.status).toBe(400)
    })

    it("webhook and completion at the same moment, 20 rounds: exactly one order each time", async () => {
      for (let round = 0; round < 20; round++) {
        const cartId = await newCart()
        const first = await complete(cartId)
        await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
        const [answer] = await Promise.all([complete(cartId), deliverHeldWebhooks()])
        expect([200, 201]).toContain(answer.status)
        const orders = await ordersOf(cartId)
        expect(orders).toEqual([answer.data.order.id])
      }
    })

    it("Stripe down: 503 that says so, the cart intact; the next try works", async () => {
      const cartId = await newCart()
      stripe.current().faults.failNext(10, "500")
      const down = await complete(cartId)
      expect(down.status).toBe(503)
      expect(down.data).toMatchObject({ type: "payment_unavailable", message: expect.stringContaining("Stripe did not answer") })
      expect(await cartCompletedAt(cartId)).toBeNull()
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId, { relations: ["items"] })
      expect(cart.items).toHaveLength(1)

      stripe.current().faults.clear()
      const up = await complete(cartId)
      expect(up.status).toBe(202)
    })

    it("captures on the seller's accept (the default) and refunds at Stripe when the seller cancels after", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
      const placed = await complete(cartId)
      expect(placed.status).toBe(201)
      const intentId = first.data.payment.payment_intent_id
      expect(stripe.current().state.paymentIntents.get(intentId)!.status).toBe("requires_capture")

      const orderUrl = `/seller/shops/${seller.shop.id}/orders/${placed.data.order.id}`
      const accepted = await call("post", `${orderUrl}/accept`, {}, seller.headers)
      expect(accepted.status).toBe(200)
      const intent = stripe.current().state.paymentIntents.get(intentId)!
      expect(intent).toMatchObject({ status: "succeeded", amount_received: intent.amount })

      const canceled = await call("post", `${orderUrl}/cancel`, {}, seller.headers)
      expect(canceled.status).toBe(200)
      const refunds = [...stripe.current().state.refunds.values()].filter((refund) => refund.payment_intent === intentId)
      expect(refunds.map((refund) => refund.amount)).toEqual([intent.amount])
    })

    async function placedCardOrder() {
      const cartId = await newCart()
      const first = await complete(cartId)
      await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
      const placed = await complete(cartId)
      expect(placed.status).toBe(201)
      return { orderUrl: `/seller/shops/${seller.shop.id}/orders/${placed.data.order.id}`, intentId: first.data.payment.payment_intent_id as string }
    }
    const intentStatus = (intentId: string) => stripe.current().state.paymentIntents.get(intentId)!.status

    it("a capture Stripe refuses fails the seller's accept and leaves the order placed; accepting again captures", async () => {
      const { orderUrl, intentId } = await placedCardOrder()
      // more 500s than the Stripe SDK's own network retries absorb
      stripe.current().faults.failNext(5, "500")
      const refused = await call("post", `${orderUrl}/accept`, {}, seller.headers)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.data.message).toContain("could not be captured")
      expect(intentStatus(intentId)).toBe("requires_capture")
      expect((await call("get", orderUrl, undefined, seller.headers)).data.order.state).toBe("placed")

      stripe.current().faults.clear()
      const accepted = await call("post", `${orderUrl}/accept`, {}, seller.headers)
      expect(accepted.status).toBe(200)
      expect(intentStatus(intentId)).toBe("succeeded")
    })

    it("with payments.captureOn = ship, the accept leaves the card authorized and shipping captures it", async () => {
      const payments = getContainer().resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments
      const configured = payments.captureOn
      payments.captureOn = "ship"
      try {
        const { orderUrl, intentId } = await placedCardOrder()
        expect((await call("post", `${orderUrl}/accept`, {}, seller.headers)).status).toBe(200)
        expect(intentStatus(intentId)).toBe("requires_capture")
        expect((await call("post", `${orderUrl}/ship`, { tracking_number: "TRK-1" }, seller.headers)).status).toBe(200)
        expect(intentStatus(intentId)).toBe("succeeded")
      } finally {
        payments.captureOn = configured
      }
    })

    it("a cancel before capture cancels the authorization at Stripe", async () => {
      const cartId = await newCart()
      const first = await complete(cartId)
      await confirmAsStripeJs(stripe.current(), first.data.payment, "pm_card_visa")
      const placed = await complete(cartId)
      const canceled = await call("post", `/seller/shops/${seller.shop.id}/orders/${placed.data.order.id}/cancel`, {}, seller.headers)
      expect(canceled.status).toBe(200)
      expect(stripe.current().state.paymentIntents.get(first.data.payment.payment_intent_id)!.status).toBe("canceled")
    })

    it("pay on delivery still places the order at once", async () => {
      const cartId = await newCart()
      const placed = await complete(cartId, "pp_system_default")
      expect(placed.status).toBe(201)
    })
  },
})
