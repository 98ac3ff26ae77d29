import { buildInvoiceSnapshot } from "../build-invoice-snapshot"

const order = {
  id: "order_1",
  display_id: 12,
  created_at: "2026-03-01T10:00:00.000Z",
  email: null,
  currency_code: "inr",
  item_total: { numeric: 90 },
  discount_total: 0,
  shipping_total: 0,
  tax_total: 4.29,
  total: 90,
  customer: { first_name: null, last_name: null, phone: "+919000000001" },
  shipping_address: { first_name: "Ravi", last_name: "Kumar", address_1: "12 MG Road", city: "Pune", postal_code: "411002", country_code: "in" },
  items: [
    {
      title: "Default variant",
      product_title: "Samosa",
      variant_title: "Default variant",
      quantity: 3,
      unit_price: 30,
      compare_at_unit_price: 40,
      discount_total: 0,
      tax_total: 4.29,
      total: 90,
      tax_lines: [{ code: "GST", rate: 5, total: 4.29 }],
    },
  ],
  shipping_methods: [],
  payment_collections: [{ payments: [{ provider_id: "pp_system_default" }] }],
  shop: {
    id: "shop_1",
    handle: "snacks",
    name: "Snacks",
    address_line: "1 Market St",
    city: "Pune",
    postal_code: "411001",
    country_code: "in",
    seller: { id: "sel_1", name: "Asha", phone: "+919000000002" },
  },
}

describe("buildInvoiceSnapshot", () => {
  it("takes MRP, price paid, tax and totals from the order, with the buyer's address and the payment method", () => {
    const snapshot = buildInvoiceSnapshot(order)
    expect(snapshot.lines).toEqual([
      expect.objectContaining({ title: "Samosa", variant_title: null, quantity: 3, mrp: 40, unit_price: 30, total: 90 }),
    ])
    expect(snapshot.tax_lines).toEqual([{ code: "GST", rate: 5, amount: 4.29 }])
    expect(snapshot.totals).toEqual({ item_total: 90, discount_total: 0, shipping_total: 0, tax_total: 4.29, total: 90 })
    expect(snapshot.buyer).toMatchObject({ name: "Ravi Kumar", phone: "+919000000001", address_lines: ["12 MG Road", "411002 Pune", "IN"] })
    expect(snapshot.shop).toMatchObject({ handle: "snacks", address_lines: ["1 Market St", "411001 Pune", "IN"] })
    expect(snapshot.seller).toEqual({ id: "sel_1", name: "Asha", phone: "+919000000002" })
    expect(snapshot.payment_method).toBe("Pay on delivery")
  })

  it("uses the unit price as MRP when the line had no sale, and names an unknown provider by its id", () => {
    const snapshot = buildInvoiceSnapshot({
      ...order,
      items: [{ ...order.items[0], compare_at_unit_price: null }],
      payment_collections: [{ payment_sessions: [{ provider_id: "pp_other_x" }] }],
    })
    expect(snapshot.lines[0].mrp).toBe(30)
    expect(snapshot.payment_method).toBe("pp_other_x")
  })
})
