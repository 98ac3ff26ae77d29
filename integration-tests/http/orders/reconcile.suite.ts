import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { adminHeaders } from "../../helpers/admin"
import { waitUntil } from "../../helpers/bol-sync"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, customerLogin, placeOrder, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { INVOICE_MODULE } from "../../../src/modules/invoice"
import type InvoiceModuleService from "../../../src/modules/invoice/service"
import { DEFAULT_RECONCILE_THRESHOLDS, reconcileOrdersWorkflow } from "../../../src/workflows/order-pipeline/reconcile-orders"

export const timeoutMs = 180 * 1000

const SELLER = { phone: "+919000000131", code: "131131" }
const BUYER = { phone: "+919000000132", code: "132132" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60 * 1000).toISOString()

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let samosa: Record<string, any>

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    seller = await sellerWithShop(api, SELLER, "Reconcile Snacks")
    samosa = await uploadProduct(api, seller, { name: "Samosa", mrp: 40, sale_price: 30 })
  })

  afterEach(() => jest.restoreAllMocks())

  const invoices = () => getContainer().resolve<InvoiceModuleService>(INVOICE_MODULE)
  const invoiceOf = async (orderId: string) => (await invoices().listInvoices({ order_id: orderId }))[0]

  const reconcileAt = (now: string) =>
    reconcileOrdersWorkflow(getContainer()).run({ input: { now, ...DEFAULT_RECONCILE_THRESHOLDS } }).then(({ result }) => result)

  /** A cart whose payment was authorized (as a Stripe webhook would) but that never became an order. */
  async function authorizedCartWithoutOrder(container: MedusaContainer) {
    const headers = { "x-publishable-api-key": seller.shop.publishable_key }
    const base = `/store/shops/${seller.shop.handle}/carts`
    const { data } = await call("post", base, {}, headers)
    await call("post", `${base}/${data.cart.id}/line-items`, { product_id: samosa.id, quantity: 2 }, headers)
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: data.cart.id } })
    const { result: session } = await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
    })
    const payment = await container.resolve(Modules.PAYMENT).authorizePaymentSession(session.id, {})
    if (!payment) throw new Error(`session ${session.id} was not authorized`)
    return { cartId: data.cart.id as string, payment }
  }

  it("cancels the authorization of a cart that never became an order once it is 30 minutes old, and records it once", async () => {
    const container = getContainer()
    const { cartId, payment } = await authorizedCartWithoutOrder(container)
    const authorizedAt = new Date(payment.created_at as Date)

    expect(await reconcileAt(minutesAfter(authorizedAt, 29))).toEqual([])

    const findings = await reconcileAt(minutesAfter(authorizedAt, 31))
    expect(findings).toEqual([
      expect.objectContaining({
        check: "authorized-without-order",
        subject_id: payment.id,
        action: "repaired",
        outcome: `authorization canceled: cart ${cartId} never became an order`,
      }),
    ])
    const [canceled] = await container.resolve(Modules.PAYMENT).listPayments({ id: payment.id })
    expect(canceled.canceled_at).toBeTruthy()
    expect(await reconcileAt(minutesAfter(authorizedAt, 41))).toEqual([])
  })

  it("alerts operators a day before an order's uncaptured authorization lapses, and lists it on the admin route", async () => {
    const container = getContainer()
    const buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 1 }], buyer)
    await waitUntil(async () => Boolean((await invoiceOf(orderId))?.file_id), 60_000, `the invoice PDF of ${orderId}`)
    const [payment] = await container.resolve(Modules.PAYMENT).listPayments({}, { order: { created_at: "DESC" }, take: 1 })
    const authorizedAt = new Date(payment.created_at as Date)

    expect(await reconcileAt(minutesAfter(authorizedAt, 5 * 24 * 60))).toEqual([])
    const findings = await reconcileAt(minutesAfter(authorizedAt, 6 * 24 * 60 + 1))
    expect(findings).toEqual([
      expect.objectContaining({ check: "authorization-expiring", subject_id: payment.id, action: "alerted", detail: expect.objectContaining({ order_id: orderId }) }),
    ])
    // an order is never canceled by the reconcile job, however old its cart
    const [stillAuthorized] = await container.resolve(Modules.PAYMENT).listPayments({ id: payment.id })
    expect(stillAuthorized.canceled_at).toBeFalsy()

    const { headers } = await adminHeaders(api, container)
    const listed = await call("get", "/admin/bazaar/reconcile?action=alerted", undefined, headers)
    expect(listed.status).toBe(200)
    expect(listed.data).toMatchObject({ count: 1, findings: [{ subject_id: payment.id, action: "alerted", times_seen: 1 }] })
    expect((await call("get", "/admin/bazaar/reconcile?action=lost", undefined, headers)).status).toBe(400)

    const run = await call("post", "/admin/bazaar/reconcile", {}, headers)
    expect(run.status).toBe(200)
    expect(run.data.findings).toEqual([])
  })

  it("issues the invoice of a shop order whose order.placed subscriber failed, ten minutes on", async () => {
    const container = getContainer()
    const buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    const issue = jest.spyOn(invoices(), "issueInvoice").mockRejectedValue(new Error("database briefly unavailable"))
    const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 2 }], buyer)
    await waitUntil(async () => issue.mock.calls.length > 0, 30_000, "the invoice subscriber to try")
    issue.mockRestore()
    expect(await invoiceOf(orderId)).toBeUndefined()
    const [order] = await container.resolve(Modules.ORDER).listOrders({ id: orderId })
    const placedAt = new Date(order.created_at as Date)

    expect((await reconcileAt(minutesAfter(placedAt, 9))).filter((finding) => finding.check === "order-without-invoice")).toEqual([])
    const findings = await reconcileAt(minutesAfter(placedAt, 11))
    const invoice = await invoiceOf(orderId)
    expect(invoice?.number).toMatch(/-\d{4}-000001$/)
    expect(findings).toContainEqual(
      expect.objectContaining({ check: "order-without-invoice", subject_id: orderId, action: "repaired", outcome: `invoice ${invoice!.number} issued` })
    )
    expect((await reconcileAt(minutesAfter(placedAt, 21))).filter((finding) => finding.check === "order-without-invoice")).toEqual([])
  })
}
