import type { CreditNoteSnapshot, InvoiceSnapshot } from "./snapshot"

/**
 * A credit note for the whole invoice repeats its lines (and shipping); a
 * partial one (a partial refund) is one line for the amount given back.
 */
export function creditNoteLines(
  invoice: InvoiceSnapshot,
  amount: number,
  reason: "cancellation" | "refund"
): CreditNoteSnapshot["lines"] {
  if (amount === invoice.totals.total) {
    return [
      ...invoice.lines.map((line) => ({ title: line.title, quantity: line.quantity, amount: line.total })),
      ...invoice.shipping.filter((s) => s.total > 0).map((s) => ({ title: `Shipping: ${s.name}`, quantity: 1, amount: s.total })),
    ]
  }
  const what = reason === "cancellation" ? "Cancellation" : "Refund"
  return [{ title: `${what} of order #${invoice.order.display_id ?? invoice.order.id}`, quantity: 1, amount }]
}
