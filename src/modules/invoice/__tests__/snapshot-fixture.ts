import type { InvoiceSnapshot } from "../utils/snapshot"

/** An invoice snapshot as the issue workflow builds it, for module and renderer tests. */
export function snapshotFixture(overrides: Partial<InvoiceSnapshot> = {}): InvoiceSnapshot {
  return {
    order: { id: "order_1", display_id: 7, placed_at: "2026-03-01T10:00:00.000Z" },
    seller: { id: "sel_1", name: "Asha Rao", phone: "+919000000001" },
    shop: { id: "shop_1", handle: "chai-corner", name: "Chai Corner", address_lines: ["1 Market St", "411001 Pune", "IN"], phone: null },
    buyer: { name: "Ravi Kumar", address_lines: ["2 Hill Rd", "411002 Pune", "IN"], phone: "+919000000009", email: "ravi@example.com" },
    lines: [
      { title: "Masala chai", variant_title: "250 g", sku: null, quantity: 2, mrp: 300, unit_price: 250, discount: 0, tax: 0, total: 500, tax_lines: [] },
      { title: "Cardamom", variant_title: null, sku: null, quantity: 1, mrp: 120, unit_price: 99.5, discount: 10, tax: 0, total: 89.5, tax_lines: [] },
    ],
    tax_lines: [],
    shipping: [{ name: "Standard", amount: 40, tax: 0, total: 40 }],
    totals: { item_total: 589.5, discount_total: 10, shipping_total: 40, tax_total: 0, total: 629.5 },
    currency_code: "inr",
    payment_method: "Pay on delivery",
    ...overrides,
  }
}
