import type { IFileModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { PDFParse } from "pdf-parse"
import { adminHeaders } from "../../helpers/admin"
import { waitUntil } from "../../helpers/bol-sync"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"
import { useEnv } from "../../helpers/env"
import { caller, createIndiaRegion, customerLogin, placeOrder, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { cancellationCause, INVOICE_MODULE } from "../../../src/modules/invoice"
import creditRefundedPayment from "../../../src/subscribers/invoice-credit-on-payment-refunded"
import { creditOrder } from "../../../src/workflows/invoices/credit-order"
import type InvoiceModuleService from "../../../src/modules/invoice/service"

jest.setTimeout(300 * 1000)

const SELLER = { phone: "+919000000151", code: "151151" }
const OTHER_SELLER = { phone: "+919000000152", code: "152152" }
const BUYER = { phone: "+919000000153", code: "153153" }
const OTHER_BUYER = { phone: "+919000000154", code: "154154" }
const FOOTER = "Invoice Snacks Pvt Ltd, GSTIN 27ABCDE1234F1Z5"

useEnv({
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, OTHER_SELLER, BUYER, OTHER_BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_INVOICE_FOOTER: FOOTER,
})

async function pdfText(data: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(data) })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    let seller: TestSeller
    let samosa: Record<string, any>
    let buyer: { authorization: string }
    let store: { "x-publishable-api-key": string }

    const invoices = () => getContainer().resolve<InvoiceModuleService>(INVOICE_MODULE)
    const invoiceOf = async (orderId: string) => (await invoices().listInvoices({ order_id: orderId }))[0]
    const waitForInvoice = async (orderId: string) => {
      await waitUntil(async () => Boolean(await invoiceOf(orderId)), 30_000, `the invoice of ${orderId}`)
      return invoiceOf(orderId)
    }
    const code = () => seller.shop.handle.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12)

    beforeEach(async () => {
      await createIndiaRegion(getContainer())
      seller = await sellerWithShop(api, SELLER, "Invoice Snacks")
      samosa = await uploadProduct(api, seller, { name: "Samosa", mrp: 40, sale_price: 30 })
      buyer = await customerLogin(api, BUYER.phone, BUYER.code)
      store = { "x-publishable-api-key": seller.shop.publishable_key }
    })

    afterEach(() => jest.restoreAllMocks())

    it("issues the invoice of a placed order, whose PDF shows the number, the lines and the total, to buyer, seller and operators only", async () => {
      const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 3 }], buyer)
      const invoice = await waitForInvoice(orderId)
      const year = new Date(invoice.issued_at).getUTCFullYear()
      expect(invoice.number).toBe(`${code()}-${year}-000001`)
      await waitUntil(async () => Boolean((await invoiceOf(orderId)).file_id), 30_000, "the stored PDF")

      const mine = await call("get", `/store/orders/${orderId}/invoice`, undefined, { ...store, ...buyer })
      expect(mine.status).toBe(200)
      expect(mine.data.invoice).toMatchObject({
        number: invoice.number,
        total: 90,
        currency_code: "inr",
        pdf_ready: true,
        payment_method: "Pay on delivery",
        download_url: `/store/orders/${orderId}/invoice/pdf`,
      })
      expect(mine.data.credit_notes).toEqual([])

      const pdf = await api.get(`/store/orders/${orderId}/invoice/pdf`, { headers: { ...store, ...buyer }, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["content-disposition"]).toBe(`attachment; filename="${invoice.number}.pdf"`)
      const text = await pdfText(pdf.data)
      for (const expected of [invoice.number, "Samosa", "Invoice Snacks", "Ravi Kumar", "INR 40.00", "INR 30.00", "INR 90.00", FOOTER]) {
        expect(text).toContain(expected)
      }

      const stranger = await customerLogin(api, OTHER_BUYER.phone, OTHER_BUYER.code)
      expect((await call("get", `/store/orders/${orderId}/invoice`, undefined, { ...store, ...stranger })).status).toBe(404)
      expect((await call("get", `/store/orders/${orderId}/invoice/pdf`, undefined, { ...store, ...stranger })).status).toBe(404)
      expect((await call("get", `/store/orders/${orderId}/invoice`, undefined, store)).status).toBe(401)

      const sellerPath = `/seller/shops/${seller.shop.id}/orders/${orderId}/invoice`
      expect((await call("get", sellerPath, undefined, seller.headers)).data.invoice.number).toBe(invoice.number)
      const sellerPdf = await api.get(`${sellerPath}/pdf`, { headers: seller.headers, responseType: "arraybuffer" })
      expect(await pdfText(sellerPdf.data)).toContain(invoice.number)
      const other = await sellerWithShop(api, OTHER_SELLER, "Other Snacks")
      expect((await call("get", `/seller/shops/${other.shop.id}/orders/${orderId}/invoice`, undefined, other.headers)).status).toBe(404)
      expect((await call("get", sellerPath, undefined, other.headers)).status).toBe(404)

      const { headers: admin } = await adminHeaders(api, getContainer())
      const operators = await call("get", `/admin/orders/${orderId}/invoice`, undefined, admin)
      expect(operators.data.invoice).toMatchObject({ number: invoice.number, download_url: `/admin/orders/${orderId}/invoice/pdf` })
      const adminPdf = await api.get(`/admin/orders/${orderId}/invoice/pdf`, { headers: admin, responseType: "arraybuffer" })
      expect(await pdfText(adminPdf.data)).toContain("INR 90.00")
      expect((await call("get", `/admin/orders/order_missing/invoice`, undefined, admin)).status).toBe(404)
    })

    it("numbers 50 concurrent orders of one shop with no gap and no duplicate", async () => {
      // a first order creates the buyer's payment account holder, which Medusa cannot create twice at once
      const first = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 1 }], buyer)
      const orderIds = [
        first,
        ...(await Promise.all(
          Array.from({ length: 50 }, () => placeOrder(api, seller, [{ product_id: samosa.id, quantity: 1 }], buyer))
        )),
      ]
      await waitUntil(async () => (await invoices().listInvoices({ order_id: orderIds })).length === 51, 120_000, "51 invoices")
      const issued = await invoices().listInvoices({ order_id: orderIds })
      expect(issued.map((i) => i.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1))
      expect(new Set(issued.map((i) => i.number)).size).toBe(51)
      expect(new Set(issued.map((i) => i.order_id)).size).toBe(51)
    })

    it("credits a canceled order once, in the credit note sequence, referring to its invoice", async () => {
      const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 2 }], buyer)
      const invoice = await waitForInvoice(orderId)
      const canceled = await call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/cancel`, {}, seller.headers)
      expect(canceled.status).toBe(200)
      await waitUntil(async () => (await invoices().listCreditNotes({ order_id: orderId })).length > 0, 30_000, "the credit note")

      const answer = await call("get", `/seller/shops/${seller.shop.id}/orders/${orderId}/invoice`, undefined, seller.headers)
      expect(answer.data.credit_notes).toEqual([
        expect.objectContaining({
          number: `${code()}-CN-${new Date(invoice.issued_at).getUTCFullYear()}-000001`,
          invoice_number: invoice.number,
          reason: "cancellation",
          amount: 60,
        }),
      ])
      expect(await invoices().listCreditNotes({ order_id: orderId })).toHaveLength(1)
    })

    it("credits a refund of a live order on its own, and a cancel after capture (which refunds the rest) once", async () => {
      const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 3 }], buyer)
      await waitForInvoice(orderId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = (data[0] as any).payment_collections[0].payments[0].id as string
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId } })
      await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId, amount: 10 } })
      await waitUntil(async () => (await invoices().listCreditNotes({ order_id: orderId })).length === 1, 30_000, "the refund's credit note")

      // Medusa's cancel refunds the captured rest; the credit note comes from order.canceled
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const handled = TestEventUtils.waitSubscribersExecution("order.canceled", eventBus)
      const canceled = await call("post", `/seller/shops/${seller.shop.id}/orders/${orderId}/cancel`, {}, seller.headers)
      expect(canceled.status).toBe(200)
      await handled
      // the cancel's refund announced by payment.refunded (as a cancel through Stripe does), and a redelivered
      // order.canceled, belong to the same cancellation: no further credit note
      await creditRefundedPayment({ event: { name: "payment.refunded", data: { id: paymentId } }, container: getContainer(), pluginOptions: {} })
      await creditOrder(getContainer(), { order_id: orderId, cause_key: cancellationCause(orderId), reason: "cancellation" })

      const { headers: admin } = await adminHeaders(api, getContainer())
      const answer = await call("get", `/admin/orders/${orderId}/invoice`, undefined, admin)
      expect(answer.data.credit_notes.map((n: any) => [n.reason, n.amount, n.number.slice(-7)])).toEqual([
        ["refund", 10, "-000001"],
        ["cancellation", 80, "-000002"],
      ])
    })

    it("still issues the invoice when storing its PDF fails, and stores the PDF on a later try; the order is untouched", async () => {
      const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
      const upload = jest
        .spyOn(files, "createFiles")
        .mockRejectedValueOnce(new Error("storage unavailable"))
        .mockRejectedValueOnce(new Error("storage unavailable"))

      const orderId = await placeOrder(api, seller, [{ product_id: samosa.id, quantity: 1 }], buyer)
      const invoice = await waitForInvoice(orderId)
      expect(invoice.number).toMatch(/-000001$/)

      // while the PDF is retried the download renders the same document from the snapshot
      const early = await api.get(`/store/orders/${orderId}/invoice/pdf`, { headers: { ...store, ...buyer }, responseType: "arraybuffer" })
      expect(await pdfText(early.data)).toContain(invoice.number)

      await waitUntil(async () => Boolean((await invoiceOf(orderId)).file_id), 60_000, "the PDF stored after the retries")
      expect(upload).toHaveBeenCalledTimes(3)
      const stored = await files.getAsBuffer((await invoiceOf(orderId)).file_id as string)
      expect(await pdfText(new Uint8Array(stored).buffer)).toContain(invoice.number)

      const order = await call("get", `/seller/shops/${seller.shop.id}/orders/${orderId}`, undefined, seller.headers)
      expect(order.data.order.state).toBe("placed")
    })
  },
})
