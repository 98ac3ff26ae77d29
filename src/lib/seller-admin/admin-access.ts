import type { SellerAdminSection } from "../../options/seller-admin"

/**
 * What a seller signed in to the admin may do with one admin route:
 * - `self`: their own user, store settings the admin shell reads, Bazaar's workspace;
 * - `list`: a list narrowed to their shops' sales channels;
 * - `own`: a record of theirs (404 for anyone else's), found by the route's `:id`.
 * Every route not listed here is refused (deny by default).
 */
export type SellerAccess =
  | { kind: "self" }
  | { kind: "list"; section: SellerAdminSection }
  | { kind: "own"; section: SellerAdminSection; entity: "product" | "order"; body?: readonly string[] }

/** Fields of Medusa's product update a seller may send: nothing that moves a product out of their shop. */
const PRODUCT_EDIT_FIELDS = [
  "title", "subtitle", "description", "status", "handle", "discountable", "thumbnail", "images",
  "material", "weight", "length", "height", "width", "hs_code", "origin_country", "mid_code",
] as const

const RULES: [method: string, path: string, access: SellerAccess][] = [
  ["GET", "/admin/users/me", { kind: "self" }],
  ["GET", "/admin/stores", { kind: "self" }],
  ["GET", "/admin/bazaar/workspace", { kind: "self" }],
  ["GET", "/admin/products", { kind: "list", section: "products" }],
  ["GET", "/admin/products/:id", { kind: "own", section: "products", entity: "product" }],
  ["POST", "/admin/products/:id", { kind: "own", section: "products", entity: "product", body: PRODUCT_EDIT_FIELDS }],
  ["DELETE", "/admin/products/:id", { kind: "own", section: "products", entity: "product" }],
  ["GET", "/admin/products/:id/variants", { kind: "own", section: "products", entity: "product" }],
  ["GET", "/admin/orders", { kind: "list", section: "orders" }],
  ["GET", "/admin/orders/:id", { kind: "own", section: "orders", entity: "order" }],
  ["GET", "/admin/orders/:id/preview", { kind: "own", section: "orders", entity: "order" }],
  ["GET", "/admin/orders/:id/changes", { kind: "own", section: "orders", entity: "order" }],
  ["GET", "/admin/orders/:id/line-items", { kind: "own", section: "orders", entity: "order" }],
]

/** The routes sellers may use in the admin, as `METHOD /path` with `:id` parameters. */
export const SELLER_ADMIN_ROUTES = RULES.map(([method, path, access]) => ({ method, path, access }))

// Medusa's ids are `<prefix>_<ulid>`: an `:id` never matches a route's own word (`/admin/products/batch`, `…/export`)
const compiled = RULES.map(([method, path, access]) => ({
  method,
  access,
  pattern: new RegExp(`^${path.replace(/:id/g, "([A-Za-z0-9]+_[^/]+)")}/?$`),
}))

/** The access a seller has to `method path` (path without its query), with the route's `:id`; null when refused. */
export function sellerAdminAccess(method: string, path: string): { access: SellerAccess; id?: string } | null {
  for (const rule of compiled) {
    if (rule.method !== method.toUpperCase()) continue
    const match = rule.pattern.exec(path)
    if (match) return { access: rule.access, id: match[1] && decodeURIComponent(match[1]) }
  }
  return null
}

/** Relations a seller may expand with `fields`, per section: their records' own parts, never a way to other records. */
export const EXPANDABLE: Record<SellerAdminSection, readonly string[]> = {
  products: [
    "variants", "variants.prices", "variants.options", "options", "options.values", "images", "images.variants",
    "categories", "tags", "type", "collection", "sales_channels", "shop", "shipping_profile", "product_options",
    // what the admin's product pages ask of a product's variants (`/admin/products/:id/variants`)
    "product", "product.images", "inventory_items", "inventory_items.inventory", "inventory_items.inventory.location_levels",
    "variants.inventory_items", "variants.inventory_items.inventory", "variants.inventory_items.inventory.location_levels",
  ],
  orders: [
    "items", "items.variant", "items.variant.product", "items.variant.options", "items.tax_lines", "items.adjustments",
    "items.detail", "items.variant.inventory_items", "items.variant.inventory_items.inventory",
    "shipping_address", "billing_address", "shipping_methods", "shipping_methods.tax_lines",
    "shipping_methods.adjustments", "summary", "customer", "sales_channel", "region", "promotions", "fulfillments",
    "fulfillments.items", "fulfillments.labels", "fulfillments.shipping_option", "fulfillments.shipping_option.service_zone",
    "fulfillments.shipping_option.service_zone.fulfillment_set", "payment_collections", "payment_collections.payment_sessions",
    "payment_collections.payments", "payment_collections.payments.refunds", "payment_collections.payments.refunds.refund_reason",
    "payment_collections.payments.captures", "credit_lines", "shop",
  ],
}

/**
 * The entries of a `fields` query parameter that reach further than `allowed`
 * (`customer.orders.*`, `*customer.addresses`, `+sales_channels.products.id`…);
 * a plain field of the record itself is always fine.
 */
export function fieldsBeyond(fields: string, allowed: readonly string[]): string[] {
  const refused: string[] = []
  for (const raw of fields.split(",")) {
    const entry = raw.trim().replace(/^[+-]/, "")
    if (!entry) continue
    const path = entry.startsWith("*") ? entry.slice(1) : entry.split(".").slice(0, -1).join(".")
    if (path && !allowed.includes(path)) refused.push(raw.trim())
  }
  return refused
}
