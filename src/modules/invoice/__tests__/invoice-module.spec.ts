import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICE_MODULE } from ".."
import type InvoiceModuleService from "../service"
import { cancellationCause, refundCause } from "../utils/credit-note-cause"
import { snapshotFixture } from "./snapshot-fixture"

jest.setTimeout(120 * 1000)

const MARCH = new Date("2026-03-01T10:00:00.000Z")

moduleIntegrationTestRunner<InvoiceModuleService>({
  moduleName: INVOICE_MODULE,
  resolve: "./src/modules/invoice",
  moduleOptions: { invoices: { legalFooter: "Bazaar test footer", timeZone: "Asia/Kolkata" } },
  testSuite: ({ service }) => {
    const issue = (order_id: string, shop_id = "shop_1", shop_handle = "chai-corner", issued_at = MARCH) =>
      service.issueInvoice({ order_id, shop_id, shop_handle, issued_at, snapshot: snapshotFixture() })

    describe("invoice module", () => {
      it("numbers 50 concurrent invoices of one shop 1..50, with no gap and no duplicate", async () => {
        const issued = await Promise.all(Array.from({ length: 50 }, (_, i) => issue(`order_${i}`)))
        const sequences = issued.map((r) => r.invoice.sequence).sort((a, b) => a - b)
        expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
        expect(new Set(issued.map((r) => r.invoice.number)).size).toBe(50)
        expect(issued.map((r) => r.invoice.number)).toContain("CHAICORNER-2026-000050")
      })

      it("gives each shop its own sequence and restarts it in a new year of the configured time zone", async () => {
        expect((await issue("order_a1")).invoice.number).toBe("CHAICORNER-2026-000001")
        expect((await issue("order_b1", "shop_2", "tea-house")).invoice.number).toBe("TEAHOUSE-2026-000001")
        expect((await issue("order_a2")).invoice.number).toBe("CHAICORNER-2026-000002")
        // 31 Dec 2026 19:00 UTC is already 2027 in Asia/Kolkata
        const newYear = await issue("order_a3", "shop_1", "chai-corner", new Date("2026-12-31T19:00:00.000Z"))
        expect(newYear.invoice.number).toBe("CHAICORNER-2027-000001")
      })

      it("issues one invoice per order, however often and concurrently it is asked", async () => {
        const results = await Promise.all(Array.from({ length: 5 }, () => issue("order_once")))
        expect(results.filter((r) => r.created)).toHaveLength(1)
        expect(new Set(results.map((r) => r.invoice.id)).size).toBe(1)
        expect(await service.listInvoices({ order_id: "order_once" })).toHaveLength(1)
        expect((await issue("order_next")).invoice.sequence).toBe(2)
      })

      it("keeps the snapshot with the configured footer and refuses to change or delete an issued invoice", async () => {
        const { invoice } = await issue("order_fixed")
        expect(invoice.snapshot).toMatchObject({ footer: "Bazaar test footer", totals: { total: 629.5 } })
        expect(Number(invoice.total)).toBe(629.5)
        await expect(service.updateInvoices({ id: invoice.id, number: "X-1" })).rejects.toThrow("cannot be changed")
        await expect(service.deleteInvoices(invoice.id)).rejects.toThrow("cannot be changed")
        await expect(service.softDeleteInvoices([invoice.id])).rejects.toThrow("cannot be changed")
        expect((await service.retrieveInvoice(invoice.id)).number).toBe(invoice.number)
      })

      it("records the stored PDF once", async () => {
        const { invoice } = await issue("order_pdf")
        expect(await service.recordInvoicePdf(invoice.id, { id: "file_1", url: "http://files/1.pdf" })).toBe(true)
        expect(await service.recordInvoicePdf(invoice.id, { id: "file_2", url: "http://files/2.pdf" })).toBe(false)
        expect(await service.retrieveInvoice(invoice.id)).toMatchObject({ file_id: "file_1" })
      })

      it("numbers credit notes in their own sequence and issues one per cause", async () => {
        await issue("order_c1")
        await issue("order_c2")
        const first = await Promise.all(
          Array.from({ length: 3 }, () =>
            service.issueCreditNote({ order_id: "order_c1", cause_key: cancellationCause("order_c1"), reason: "cancellation", issued_at: MARCH })
          )
        )
        expect(first.filter((r) => r.created)).toHaveLength(1)
        expect(first[0].credit_note).toMatchObject({ number: "CHAICORNER-CN-2026-000001", reason: "cancellation" })
        expect(Number(first[0].credit_note!.amount)).toBe(629.5)
        expect(first[0].credit_note!.snapshot).toMatchObject({ invoice_number: "CHAICORNER-2026-000001" })

        const partial = await service.issueCreditNote({ order_id: "order_c2", cause_key: refundCause("ref_1"), reason: "refund", amount: 100, issued_at: MARCH })
        expect(partial.credit_note).toMatchObject({ number: "CHAICORNER-CN-2026-000002" })
        expect(Number(partial.credit_note!.amount)).toBe(100)
      })

      it("never credits more than the invoice: a cancellation after a full refund gives no second note", async () => {
        await issue("order_r")
        const refund = await service.issueCreditNote({ order_id: "order_r", cause_key: refundCause("ref_full"), reason: "refund", amount: 629.5 })
        expect(refund.created).toBe(true)
        const cancel = await service.issueCreditNote({ order_id: "order_r", cause_key: cancellationCause("order_r"), reason: "cancellation" })
        expect(cancel).toEqual({ credit_note: null, created: false })
        expect(await service.listCreditNotes({ order_id: "order_r" })).toHaveLength(1)
      })

      it("refuses a credit note for an order without an invoice and changes to an issued one", async () => {
        await expect(
          service.issueCreditNote({ order_id: "order_none", cause_key: "x", reason: "refund" })
        ).rejects.toThrow("Order order_none has no invoice to credit")
        await issue("order_u")
        const { credit_note } = await service.issueCreditNote({ order_id: "order_u", cause_key: "c", reason: "refund", amount: 1 })
        await expect(service.updateCreditNotes({ id: credit_note!.id, amount: 2 })).rejects.toThrow("cannot be changed")
      })
    })
  },
})
