import { z } from "@medusajs/framework/zod"
import { amount, timestamp } from "../../../lib/openapi"
import { ShopAddress } from "../../store/shops/responses"

/** A shop as its seller sees it (`presentShop`). */
export const SellerShop = z.object({
  id: z.string(),
  name: z.string(),
  handle: z.string(),
  link: z.string().describe("The buyers' link: the storefront URL and the handle"),
  status: z.enum(["active", "closed"]),
  address: ShopAddress,
})

export const sellerShopExample = {
  id: "shop_01JD8Y2M",
  name: "Chai & Samosa Corner",
  handle: "chai-samosa-corner",
  link: "http://localhost:8000/chai-samosa-corner",
  status: "active",
  address: { line: "12 MG Road", city: "Bengaluru", postal_code: "560001", country_code: "IN", phone: null },
}

/** A seller account as stored (the seller module's record). */
export const SellerRecord = z.looseObject({
  id: z.string(),
  name: z.string(),
  phone: z.string().describe("E.164"),
  status: z.enum(["pending", "active", "suspended"]),
  created_at: timestamp,
  updated_at: timestamp,
})

export const sellerRecordExample = {
  id: "sel_01JD8XQ4",
  name: "Asha",
  phone: "+919000000001",
  status: "active",
  created_at: "2026-11-30T10:00:00.000Z",
  updated_at: "2026-11-30T10:00:00.000Z",
  deleted_at: null,
}

/** A product of a shop as its seller sees it. */
export const ShopProduct = z.object({
  id: z.string(),
  variant_id: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  image_url: z.string().nullable(),
  category: z.string().nullable(),
  mrp: amount,
  sale_price: amount.describe("null when the product is not on sale"),
  currency_code: z.string(),
})

export const shopProductExample = {
  id: "prod_01JD8YB1",
  variant_id: "variant_01JD8YB2",
  name: "Masala Chai",
  description: "Strong, with ginger",
  image_url: "https://example.com/chai.png",
  category: "Tea",
  mrp: 30,
  sale_price: 25,
  currency_code: "inr",
}

/** An order of a shop as its seller handles it (`presentShopOrder`). */
export const ShopOrder = z.object({
  id: z.string(),
  display_id: z.number().int(),
  state: z.enum(["placed", "accepted", "shipped", "delivered", "canceled"]),
  created_at: timestamp,
  currency_code: z.string(),
  customer: z.object({ id: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  shipping_address: z
    .object({
      name: z.string(),
      address_1: z.string().nullable(),
      address_2: z.string().nullable(),
      city: z.string().nullable(),
      postal_code: z.string().nullable(),
      country_code: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      product_id: z.string().nullable(),
      title: z.string(),
      image_url: z.string().nullable(),
      quantity: z.number(),
      unit_price: amount,
      total: amount,
    })
  ),
  item_total: amount,
  shipping_total: amount,
  total: amount,
  tracking: z.array(z.object({ number: z.string(), url: z.string().nullable() })),
})

export const shopOrderExample = {
  id: "order_01JD90AA",
  display_id: 7,
  state: "placed",
  created_at: "2026-11-30T10:05:00.000Z",
  currency_code: "inr",
  customer: { id: "cus_01JD8ZZ1", phone: "+919000000002", email: null },
  shipping_address: {
    name: "Ravi Kumar",
    address_1: "4 Park Street",
    address_2: null,
    city: "Bengaluru",
    postal_code: "560001",
    country_code: "in",
    phone: null,
  },
  items: [{ id: "ordli_01", product_id: "prod_01JD8YB1", title: "Masala Chai", image_url: null, quantity: 2, unit_price: 25, total: 50 }],
  item_total: 50,
  shipping_total: 0,
  total: 50,
  tracking: [],
}
