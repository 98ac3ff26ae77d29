import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { CaughtMail } from "../../../tools/mail-catcher/server"
import { adminHeaders } from "../../helpers/admin"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"
import { useEnv } from "../../helpers/env"
import { useMailCatcher } from "../../helpers/mail-catcher"
import { useFakeTwilio } from "../../helpers/fake-twilio"
import { BUYER_ADDRESS, caller, createIndiaRegion, customerLogin, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { retryFailedMessagesAt } from "../../../src/jobs/retry-failed-messages"
import { issueOrderInvoiceWorkflow } from "../../../src/workflows/invoices/issue-order-invoice"

jest.setTimeout(240 * 1000)

const SELLER = { phone: "+919000000141", code: "141141" }
const BUYER = { phone: "+919000000142", code: "142142" }
const BUYER_EMAIL = "ravi@example.com"
const OPERATOR_EMAIL = "ops@bazaar.test"

const catcher = useMailCatcher()
useEnv({
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_MESSAGES_OPERATOR_EMAIL: OPERATOR_EMAIL,
  BAZAAR_MESSAGES_RETRY_BASE_SECONDS: "60",
})
const twilio = useFakeTwilio()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    let seller: TestSeller
    let product: Record<string, any>
    let buyer: { authorization: string }

    beforeEach(async () => {
      catcher.current().clear()
      await createIndiaRegion(getContainer())
      seller = await sellerWithShop(api, SELLER, "Chai Corner")
      product = await uploadProduct(api, seller, { name: "Masala Chai", mrp: 120, sale_price: 100 })
      buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    })

    const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)
    /** Runs `action` and waits until every subscriber of `event` has finished (no sleeps). */
    async function andSubscribers<T>(event: string, action: () => Promise<T>): Promise<T> {
      const done = TestEventUtils.waitSubscribersExecution(event, eventBus())
      const result = await action()
      await done
      return result
    }

    async function placeOrder(email?: string): Promise<{ id: string; display_id: number }> {
      const headers = { "x-publishable-api-key": seller.shop.publishable_key }
      const base = `/store/shops/${seller.shop.handle}/carts`
      const { data } = await call("post", base, {}, headers)
      await call("post", `${base}/${data.cart.id}/line-items`, { product_id: product.id, quantity: 2 }, headers)
      const body = { shipping_address: BUYER_ADDRESS, ...(email ? { email } : {}) }
      const placed = await andSubscribers("order.placed", () =>
        call("post", `${base}/${data.cart.id}/complete`, body, { ...headers, ...buyer })
      )
      if (placed.status !== 201) throw new Error(`order not placed: ${placed.status} ${placed.data?.message}`)
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: placed.data.order.id } })
      const [order] = orders as unknown as { id: string; display_id: number }[]
      return order
    }

    const act = (orderId: string, action: string, body: object = {}) =>
      call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/${action}`, body, seller.headers)

    const to = (address: string) => (mail: CaughtMail) => mail.to.includes(address)
    // Invoice and credit-note mails follow their own events (the invoice module's); the stage mails are asserted in order without them.
    const isDocumentMail = (subject: string) => /^(Invoice|Credit note) /.test(subject)
    const subjectsTo = (address: string) =>
      catcher.current().messages().filter(to(address)).map((mail) => mail.subject).filter((subject) => !isDocumentMail(subject))
    const sms = () => twilio.current().messages

    it("tells the buyer at every stage of a pay-on-delivery order, in order, and the seller about the new order", async () => {
      const order = await placeOrder(BUYER_EMAIL)
      await andSubscribers("bazaar.shop_order.moved", () => act(order.id, "accept"))
      await andSubscribers("shipment.created", () =>
        act(order.id, "ship", { tracking_number: "TRK-77", tracking_url: "https://track.example/TRK-77" })
      )
      await andSubscribers("delivery.created", () => act(order.id, "deliver"))

      const n = order.display_id
      expect(subjectsTo(BUYER_EMAIL)).toEqual([
        `Order #${n} received by Chai Corner`,
        `Order #${n} accepted by Chai Corner`,
        `Order #${n} has shipped`,
        `Order #${n} was delivered`,
      ])
      const [received, , shipped] = catcher.current().messages().filter(to(BUYER_EMAIL)).filter((mail) => !isDocumentMail(mail.subject))
      expect(received.from).toContain("orders@bazaar.test")
      expect(received.text).toContain("2 x Masala Chai")
      expect(received.html).toContain(`<b>#${n}</b>`)
      expect(received.html).toContain(`/${seller.shop.handle}`)
      expect(shipped.text).toContain("Tracking number: TRK-77")
      expect(shipped.html).toContain('href="https://track.example/TRK-77"')

      // Sellers sign in by phone: the new order reaches them by SMS, and the operator's mailbox gets the copy.
      expect(sms().filter((m) => m.to === SELLER.phone).map((m) => m.body)).toEqual([
        `Bazaar: new order #${n} in Chai Corner (₹200.00).`,
      ])
      expect(subjectsTo(OPERATOR_EMAIL)).toEqual([`New order #${n} in Chai Corner`])
      // A buyer with an email gets no SMS.
      expect(sms().filter((m) => m.to === BUYER.phone || m.to === BUYER_ADDRESS.phone)).toEqual([])
    })

    it("texts a buyer who gave no email at the key stages", async () => {
      const order = await placeOrder()
      await andSubscribers("bazaar.shop_order.moved", () => act(order.id, "accept"))
      await andSubscribers("shipment.created", () =>
        act(order.id, "ship", { tracking_number: "TRK-78", tracking_url: "https://track.example/TRK-78" })
      )
      await andSubscribers("delivery.created", () => act(order.id, "deliver"))

      const n = order.display_id
      const buyerSms = sms().filter((m) => m.to !== SELLER.phone)
      expect(buyerSms.map((m) => m.body)).toEqual([
        `Chai Corner: we received your order #${n}.`,
        `Chai Corner: order #${n} has shipped. Tracking TRK-78 https://track.example/TRK-78`,
        `Chai Corner: order #${n} was delivered.`,
      ])
      expect([BUYER.phone, BUYER_ADDRESS.phone]).toContain(buyerSms[0].to)
      expect(catcher.current().messages().filter((mail) => !mail.to.includes(OPERATOR_EMAIL)).map((mail) => mail.subject)).toEqual([])
    })

    it("tells buyer and seller about a cancel, and sends once when the event is delivered again", async () => {
      const order = await placeOrder(BUYER_EMAIL)
      // The invoice module answers the cancel with a credit note, which is mailed with its PDF.
      const creditNoteMailed = TestEventUtils.waitSubscribersExecution("bazaar.credit_note.issued", eventBus())
      await andSubscribers("order.canceled", () => act(order.id, "cancel"))
      await creditNoteMailed
      const n = order.display_id
      expect(subjectsTo(BUYER_EMAIL)).toEqual([`Order #${n} received by Chai Corner`, `Order #${n} was canceled`])
      const creditNote = catcher.current().messages().filter((mail) => mail.to.includes(BUYER_EMAIL) && mail.subject.startsWith("Credit note "))
      expect(creditNote.map((mail) => mail.subject)).toEqual([expect.stringMatching(new RegExp(`^Credit note \\S+ for order #${n}$`))])
      expect(creditNote[0].attachments.map((file) => file.contentType)).toEqual(["application/pdf"])
      expect(sms().filter((m) => m.to === SELLER.phone).map((m) => m.body)).toEqual([
        `Bazaar: new order #${n} in Chai Corner (₹200.00).`,
        `Bazaar: order #${n} in Chai Corner was canceled. Do not ship it.`,
      ])
      expect(subjectsTo(OPERATOR_EMAIL)).toEqual([`New order #${n} in Chai Corner`, `Order #${n} in Chai Corner was canceled`])

      // (the invoice mail may still arrive on its own events: stage mails are counted)
      const sent = () => ({ mails: catcher.current().messages().filter((mail) => !isDocumentMail(mail.subject)).length, sms: sms().length })
      const before = sent()
      for (const name of ["order.placed", "order.canceled"]) {
        await andSubscribers(name, () => eventBus().emit({ name, data: { id: order.id } }))
      }
      expect(sent()).toEqual(before)
    })

    it("confirms a captured payment, and tells a buyer whose card payment failed", async () => {
      const container: MedusaContainer = getContainer()
      const order = await placeOrder(BUYER_EMAIL)
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const paymentId = (data[0] as any).payment_collections[0].payments[0].id
      // core workflows run by id through the engine, so the app's own copy (and its events) is used
      await andSubscribers("payment.captured", () =>
        container.resolve(Modules.WORKFLOW_ENGINE).run("capture-payment-workflow", { input: { payment_id: paymentId } })
      )
      expect(subjectsTo(BUYER_EMAIL)).toContain(`Payment for order #${order.display_id} confirmed`)
      const confirmed = catcher.current().messages().find((mail) => mail.subject.startsWith("Payment for order"))!
      expect(confirmed.text).toContain("₹200.00")

      const headers = { "x-publishable-api-key": seller.shop.publishable_key }
      const { data: created } = await call("post", `/store/shops/${seller.shop.handle}/carts`, {}, headers)
      await container.resolve(Modules.CART).updateCarts(created.cart.id, { email: "card@example.com" })
      const failed = { cart_id: created.cart.id, shop_id: seller.shop.id, customer_id: null, provider_id: "pp_stripe_stripe", reason: "card_declined" }
      await andSubscribers("bazaar.payment.failed", () => eventBus().emit({ name: "bazaar.payment.failed", data: failed }))
      const declined = catcher.current().messages().filter(to("card@example.com"))
      expect(declined.map((mail) => mail.subject)).toEqual(["Your payment at Chai Corner did not go through"])
      expect(declined[0].text).toContain("(card_declined)")
    })

    it("mails the invoice with its PDF attached when its PDF is ready, and once only", async () => {
      const container: MedusaContainer = getContainer()
      const order = await placeOrder(BUYER_EMAIL)
      // The invoice module issues the invoice on order.placed (this answers the same one) and emits
      // bazaar.invoice.pdf_ready once the PDF is stored; the test delivers that event itself too.
      const { result: invoice } = await issueOrderInvoiceWorkflow(container).run({ input: { order_id: order.id } })
      const data = { id: invoice.id, order_id: order.id, shop_id: seller.shop.id }
      await andSubscribers("bazaar.invoice.pdf_ready", () => eventBus().emit({ name: "bazaar.invoice.pdf_ready", data }))
      const isInvoiceMail = (mail: CaughtMail) => mail.to.includes(BUYER_EMAIL) && mail.subject.startsWith("Invoice ")
      // sent by whichever delivery came first (the guard only stops a hung test)
      const mail = await catcher.current().waitFor(isInvoiceMail, 30_000)
      expect(mail.subject).toBe(`Invoice ${invoice.number} for order #${order.display_id}`)
      expect(mail.attachments.map((file) => [file.filename, file.contentType])).toEqual([[`${invoice.number}.pdf`, "application/pdf"]])
      expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe("%PDF-")

      await andSubscribers("bazaar.invoice.pdf_ready", () => eventBus().emit({ name: "bazaar.invoice.pdf_ready", data }))
      expect(catcher.current().messages().filter(isInvoiceMail)).toHaveLength(1)
    })

    it("sends again a message left pending by a crash once it is pending too long", async () => {
      const container: MedusaContainer = getContainer()
      const order = await placeOrder(BUYER_EMAIL)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [sent] = await pg("notification").where({ resource_id: order.id, template: "buyer-order-received" }).select("id", "created_at")
      // As if the process died between the mail server's answer and the status update.
      await pg("notification").where({ id: sent.id }).update({ status: "pending" })
      const createdAt = new Date(sent.created_at).getTime()
      catcher.current().clear()

      // Only this message counts: the invoice mail of the same order may still be on its way.
      const retriedAt = async (ms: number) =>
        (await retryFailedMessagesAt(container, new Date(createdAt + ms))).filter((entry) => entry.message_id === sent.id)
      expect(await retriedAt(14 * 60_000)).toEqual([])
      expect(await retriedAt(15 * 60_000)).toEqual([{ message_id: sent.id, attempt: 2, why: "pending_too_long", status: "sent" }])
      expect(subjectsTo(BUYER_EMAIL)).toEqual([`Order #${order.display_id} received by Chai Corner`])
      expect(await retriedAt(60 * 60_000)).toEqual([])
    })

    it("keeps a message the mail server refused, shows it to operators, retries it after the backoff, and resends on request", async () => {
      const container: MedusaContainer = getContainer()
      const admin = await adminHeaders(api, container)
      const order = await placeOrder(BUYER_EMAIL)
      await andSubscribers("bazaar.shop_order.moved", () => act(order.id, "accept"))

      // only the shipped mail is refused (the invoice mail travels on its own events meanwhile)
      catcher.current().failNext(1, 451, (mail) => mail.subject.endsWith("has shipped"))
      await andSubscribers("shipment.created", () => act(order.id, "ship", { tracking_number: "TRK-79" }))
      expect(subjectsTo(BUYER_EMAIL)).not.toContain(`Order #${order.display_id} has shipped`)

      const failing = await call("get", "/admin/bazaar/messages", undefined, admin.headers)
      expect(failing.status).toBe(200)
      expect(failing.data.messages[0]).toMatchObject({
        to: BUYER_EMAIL,
        channel: "email",
        template: "buyer-order-shipped",
        status: "failure",
        trigger_type: "shipment.created",
        resource_id: order.id,
        delivered: false,
      })
      const failed = failing.data.messages[0]
      const onlyFailures = await call("get", "/admin/bazaar/messages?status=failure", undefined, admin.headers)
      expect(onlyFailures.data.messages.map((m: any) => m.id)).toEqual([failed.id])
      const bad = await call("get", "/admin/bazaar/messages?status=lost", undefined, admin.headers)
      expect(bad.status).toBe(400)

      // The retry job's clock is injected: before the first backoff (60 s) nothing is due, after it the mail goes out.
      const failedAt = new Date(failed.created_at).getTime()
      await retryFailedMessagesAt(container, new Date(failedAt + 30_000))
      expect(subjectsTo(BUYER_EMAIL)).not.toContain(`Order #${order.display_id} has shipped`)
      await retryFailedMessagesAt(container, new Date(failedAt + 61_000))
      const shipped = catcher.current().messages().filter((mail) => mail.subject === `Order #${order.display_id} has shipped`)
      expect(shipped).toHaveLength(1)
      expect(shipped[0].text).toContain("TRK-79")
      await retryFailedMessagesAt(container, new Date(failedAt + 3600_000))
      expect(catcher.current().messages().filter((mail) => mail.subject === `Order #${order.display_id} has shipped`)).toHaveLength(1)

      const settled = await call("get", `/admin/bazaar/messages?resource_id=${order.id}&status=failure`, undefined, admin.headers)
      expect(settled.data.messages).toEqual([expect.objectContaining({ id: failed.id, delivered: true })])

      const resent = await call("post", `/admin/bazaar/messages/${failed.id}/resend`, {}, admin.headers)
      expect(resent.status).toBe(200)
      expect(resent.data.resend).toMatchObject({ message_id: failed.id, attempt: 3, status: "sent" })
      expect(catcher.current().messages().filter((mail) => mail.subject === `Order #${order.display_id} has shipped`)).toHaveLength(2)
      const missing = await call("post", "/admin/bazaar/messages/noti_missing/resend", {}, admin.headers)
      expect(missing.status).toBe(404)
    })
  },
})
