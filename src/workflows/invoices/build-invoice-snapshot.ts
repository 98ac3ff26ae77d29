import type { InvoiceParty, InvoiceSnapshot, InvoiceTaxLine } from "../../modules/invoice"

type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
} | null

/** The order as query.graph answers ORDER_INVOICE_FIELDS (amounts may be BigNumber-like). */
export type InvoiceSourceOrder = Record<string, any> & {
  id: string
  shop?: Record<string, any> | null
}

const PAYMENT_METHODS: Record<string, string> = {
  pp_system_default: "Pay on delivery",
  pp_stripe_stripe: "Card (Stripe)",
}

const num = (value: unknown): number => Number((value as { numeric?: unknown })?.numeric ?? value ?? 0)

function addressLines(address: Address): string[] {
  if (!address) return []
  return [
    address.company,
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    [address.province, address.country_code?.toUpperCase()].filter(Boolean).join(", "),
  ].filter((line): line is string => Boolean(line))
}

function buyerOf(order: InvoiceSourceOrder): InvoiceParty {
  const address: Address = order.billing_address ?? order.shipping_address ?? null
  const customer = order.customer ?? {}
  const name =
    [address?.first_name, address?.last_name].filter(Boolean).join(" ") ||
    [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
    customer.phone ||
    "Customer"
  return {
    name,
    address_lines: addressLines(address),
    phone: address?.phone ?? customer.phone ?? null,
    email: order.email ?? customer.email ?? null,
  }
}

function paymentMethodOf(order: InvoiceSourceOrder): string {
  const collections: any[] = order.payment_collections ?? []
  const provider =
    collections.flatMap((c) => c.payments ?? []).map((p) => p.provider_id).find(Boolean) ??
    collections.flatMap((c) => c.payment_sessions ?? []).map((s) => s.provider_id).find(Boolean)
  return provider ? PAYMENT_METHODS[provider] ?? provider : "Not paid"
}

function taxLinesOf(lines: { tax_lines: InvoiceTaxLine[] }[]): InvoiceTaxLine[] {
  const byKey = new Map<string, InvoiceTaxLine>()
  for (const tax of lines.flatMap((l) => l.tax_lines)) {
    const key = `${tax.code}:${tax.rate}`
    const seen = byKey.get(key)
    byKey.set(key, { ...tax, amount: (seen?.amount ?? 0) + tax.amount })
  }
  return [...byKey.values()]
}

/** The invoice's snapshot of a placed order (pure: the workflow's transform). */
export function buildInvoiceSnapshot(order: InvoiceSourceOrder): InvoiceSnapshot {
  const shop = order.shop ?? {}
  const lines = (order.items ?? []).map((item: any) => ({
    title: item.product_title ?? item.title,
    variant_title: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
    sku: item.variant_sku ?? null,
    quantity: num(item.quantity),
    mrp: num(item.compare_at_unit_price ?? item.unit_price),
    unit_price: num(item.unit_price),
    discount: num(item.discount_total),
    tax: num(item.tax_total),
    total: num(item.total),
    tax_lines: (item.tax_lines ?? []).map((t: any) => ({ code: t.code, rate: num(t.rate), amount: num(t.total) })),
  }))
  return {
    order: {
      id: order.id,
      display_id: order.display_id ?? null,
      placed_at: new Date(order.created_at).toISOString(),
    },
    seller: { id: shop.seller?.id ?? "", name: shop.seller?.name ?? "", phone: shop.seller?.phone ?? null },
    shop: {
      id: shop.id,
      handle: shop.handle,
      name: shop.name,
      address_lines: [shop.address_line, [shop.postal_code, shop.city].filter(Boolean).join(" "), shop.country_code?.toUpperCase()].filter(Boolean),
      phone: shop.phone ?? null,
    },
    buyer: buyerOf(order),
    lines,
    tax_lines: taxLinesOf(lines),
    shipping: (order.shipping_methods ?? []).map((m: any) => ({
      name: m.name,
      amount: num(m.amount),
      tax: num(m.tax_total),
      total: num(m.total),
    })),
    totals: {
      item_total: num(order.item_total),
      discount_total: num(order.discount_total),
      shipping_total: num(order.shipping_total),
      tax_total: num(order.tax_total),
      total: num(order.total),
    },
    currency_code: order.currency_code,
    payment_method: paymentMethodOf(order),
  }
}
