/** Amounts are in the currency's main unit, as Medusa keeps them (e.g. 499.5 INR). */
export type InvoiceTaxLine = { code: string; rate: number; amount: number }

export type InvoiceLine = {
  title: string
  variant_title?: string | null
  sku?: string | null
  quantity: number
  /** The list price (MRP) of one unit before any sale or discount. */
  mrp: number
  /** The price of one unit after sale price, before promotions. */
  unit_price: number
  /** Promotions on the whole line. */
  discount: number
  tax: number
  /** What the buyer paid for the line, tax and discounts included. */
  total: number
  tax_lines: InvoiceTaxLine[]
}

export type InvoiceParty = {
  name: string
  address_lines: string[]
  phone?: string | null
  email?: string | null
}

export type InvoiceShipping = { name: string; amount: number; tax: number; total: number }

export type InvoiceTotals = {
  item_total: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
}

/** Everything printed on an invoice, frozen when it is issued. */
export type InvoiceSnapshot = {
  order: { id: string; display_id: number | null; placed_at: string }
  seller: { id: string; name: string; phone?: string | null }
  shop: InvoiceParty & { id: string; handle: string }
  buyer: InvoiceParty
  lines: InvoiceLine[]
  tax_lines: InvoiceTaxLine[]
  shipping: InvoiceShipping[]
  totals: InvoiceTotals
  currency_code: string
  payment_method: string
  footer?: string | null
}

/** A credit note's own lines: the invoice's lines for a cancellation, one refund line otherwise. */
export type CreditNoteSnapshot = {
  invoice_number: string
  order: InvoiceSnapshot["order"]
  shop: InvoiceSnapshot["shop"]
  buyer: InvoiceParty
  lines: { title: string; quantity: number; amount: number }[]
  currency_code: string
  footer?: string | null
}
