import PDFDocument from "pdfkit"
import type { CreditNoteSnapshot, InvoiceParty, InvoiceSnapshot } from "./snapshot"

export type IssuedDocument<S> = { number: string; issued_at: Date; snapshot: S }

const MARGIN = 48
const COLUMNS = { title: MARGIN, qty: 270, mrp: 310, price: 370, discount: 430, total: 490 }

/** `INR 1,234.50`: the currency code rather than a symbol, which Helvetica lacks. */
export function money(amount: number, currency: string): string {
  const fixed = Number(amount).toFixed(2)
  const [whole, cents] = fixed.split(".")
  return `${currency.toUpperCase()} ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`
}

/** The issue date as printed: YYYY-MM-DD in UTC (the snapshot keeps the exact instant). */
function day(at: Date): string {
  return at.toISOString().slice(0, 10)
}

/**
 * Renders with the built-in Helvetica only and the issue date as the
 * creation date, so the same document always gives the same bytes.
 */
function render(issuedAt: Date, title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      info: { Title: title, Producer: "Bazaar", Creator: "Bazaar", CreationDate: issuedAt, ModDate: issuedAt },
    })
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    try {
      draw(doc)
      doc.end()
    } catch (error) {
      reject(error)
    }
  })
}

function party(doc: PDFKit.PDFDocument, heading: string, who: InvoiceParty, x: number, y: number) {
  doc.font("Helvetica-Bold").fontSize(9).text(heading, x, y, { width: 240 })
  doc.font("Helvetica").text([who.name, ...who.address_lines, who.phone, who.email].filter(Boolean).join("\n"), { width: 240 })
}

function header(doc: PDFKit.PDFDocument, title: string, rows: [string, string][]) {
  doc.font("Helvetica-Bold").fontSize(18).text(title, MARGIN, MARGIN)
  doc.font("Helvetica").fontSize(9)
  for (const [label, value] of rows) doc.text(`${label}: ${value}`)
}

function footer(doc: PDFKit.PDFDocument, text?: string | null) {
  if (text) doc.moveDown(2).font("Helvetica").fontSize(8).text(text, MARGIN, undefined, { width: 500 })
}

function row(doc: PDFKit.PDFDocument, cells: Partial<Record<keyof typeof COLUMNS, string>>, bold = false) {
  const y = doc.y
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
  let bottom = y
  for (const [column, text] of Object.entries(cells) as [keyof typeof COLUMNS, string][]) {
    const x = COLUMNS[column]
    const width = column === "title" ? COLUMNS.qty - MARGIN - 6 : 58
    doc.text(text, x, y, { width, align: column === "title" ? "left" : "right" })
    bottom = Math.max(bottom, doc.y)
  }
  doc.y = bottom + 3
}

/** The invoice as a PDF: parties, lines with MRP, discount and price paid, tax, shipping and totals. */
export function renderInvoicePdf(invoice: IssuedDocument<InvoiceSnapshot>): Promise<Buffer> {
  const s = invoice.snapshot
  const cur = s.currency_code
  return render(invoice.issued_at, `Invoice ${invoice.number}`, (doc) => {
    header(doc, "Tax invoice", [
      ["Invoice number", invoice.number],
      ["Issue date", day(invoice.issued_at)],
      ["Order", `#${s.order.display_id ?? s.order.id}`],
      ["Payment method", s.payment_method],
    ])
    const top = doc.y + 12
    party(doc, `Sold by ${s.shop.name} (seller: ${s.seller.name})`, s.shop, MARGIN, top)
    const left = doc.y
    party(doc, "Billed to", s.buyer, 310, top)
    doc.y = Math.max(left, doc.y) + 16

    row(doc, { title: "Item", qty: "Qty", mrp: "MRP", price: "Price", discount: "Discount", total: "Paid" }, true)
    for (const line of s.lines) {
      const name = line.variant_title ? `${line.title} (${line.variant_title})` : line.title
      row(doc, {
        title: name,
        qty: String(line.quantity),
        mrp: money(line.mrp, cur),
        price: money(line.unit_price, cur),
        discount: money(line.discount, cur),
        total: money(line.total, cur),
      })
    }
    for (const shipping of s.shipping) {
      row(doc, { title: `Shipping: ${shipping.name}`, total: money(shipping.total, cur) })
    }
    doc.moveDown()
    for (const tax of s.tax_lines) {
      row(doc, { title: `Tax ${tax.code} ${tax.rate}%`, total: money(tax.amount, cur) })
    }
    row(doc, { title: "Items", total: money(s.totals.item_total, cur) })
    row(doc, { title: "Discounts", total: money(s.totals.discount_total, cur) })
    row(doc, { title: "Shipping", total: money(s.totals.shipping_total, cur) })
    row(doc, { title: "Tax included", total: money(s.totals.tax_total, cur) })
    row(doc, { title: "Total", total: money(s.totals.total, cur) }, true)
    footer(doc, s.footer)
  })
}

/** A credit note as a PDF: the invoice it corrects, its lines and the amount credited. */
export function renderCreditNotePdf(note: IssuedDocument<CreditNoteSnapshot> & { amount: number; reason: string }): Promise<Buffer> {
  const s = note.snapshot
  return render(note.issued_at, `Credit note ${note.number}`, (doc) => {
    header(doc, "Credit note", [
      ["Credit note number", note.number],
      ["Issue date", day(note.issued_at)],
      ["For invoice", s.invoice_number],
      ["Order", `#${s.order.display_id ?? s.order.id}`],
      ["Reason", note.reason],
    ])
    const top = doc.y + 12
    party(doc, `Issued by ${s.shop.name}`, s.shop, MARGIN, top)
    const left = doc.y
    party(doc, "Credited to", s.buyer, 310, top)
    doc.y = Math.max(left, doc.y) + 16
    row(doc, { title: "Item", qty: "Qty", total: "Credited" }, true)
    for (const line of s.lines) row(doc, { title: line.title, qty: String(line.quantity), total: money(line.amount, s.currency_code) })
    row(doc, { title: "Total credited", total: money(note.amount, s.currency_code) }, true)
    footer(doc, s.footer)
  })
}
