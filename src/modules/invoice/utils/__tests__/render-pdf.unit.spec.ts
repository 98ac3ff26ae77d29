import { PDFParse } from "pdf-parse"
import { snapshotFixture } from "../../__tests__/snapshot-fixture"
import { renderCreditNotePdf, renderInvoicePdf } from "../render-pdf"

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}

const issuedAt = new Date("2026-03-01T10:05:00.000Z")

describe("invoice PDF", () => {
  it("shows the number, the parties, every line with MRP and price paid, and the totals", async () => {
    const snapshot = snapshotFixture({ footer: "Chai Corner Pvt Ltd, GSTIN 27ABCDE1234F1Z5" })
    const pdf = await renderInvoicePdf({ number: "CHAICORNER-2026-000042", issued_at: issuedAt, snapshot })
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await textOf(pdf)
    for (const expected of [
      "CHAICORNER-2026-000042",
      "2026-03-01",
      "Chai Corner",
      "Ravi Kumar",
      "Masala chai (250 g)",
      "INR 300.00",
      "INR 500.00",
      "Cardamom",
      "INR 89.50",
      "Shipping: Standard",
      "INR 629.50",
      "Pay on delivery",
      "GSTIN 27ABCDE1234F1Z5",
    ]) {
      expect(text).toContain(expected)
    }
  })

  it("gives the same bytes for the same invoice", async () => {
    const invoice = { number: "CHAICORNER-2026-000001", issued_at: issuedAt, snapshot: snapshotFixture() }
    expect((await renderInvoicePdf(invoice)).equals(await renderInvoicePdf(invoice))).toBe(true)
  })

  it("renders a credit note that names its invoice and the amount credited", async () => {
    const pdf = await renderCreditNotePdf({
      number: "CHAICORNER-CN-2026-000001",
      issued_at: issuedAt,
      amount: 629.5,
      reason: "cancellation",
      snapshot: {
        invoice_number: "CHAICORNER-2026-000042",
        order: snapshotFixture().order,
        shop: snapshotFixture().shop,
        buyer: snapshotFixture().buyer,
        lines: [{ title: "Masala chai", quantity: 2, amount: 500 }],
        currency_code: "inr",
      },
    })
    const text = await textOf(pdf)
    expect(text).toContain("CHAICORNER-CN-2026-000001")
    expect(text).toContain("CHAICORNER-2026-000042")
    expect(text).toContain("INR 629.50")
  })
})
