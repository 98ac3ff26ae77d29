import { z } from "@medusajs/framework/zod"
import { amount, timestamp } from "../../../lib/openapi"

export const ShopAddress = z.object({
  line: z.string(),
  city: z.string(),
  postal_code: z.string(),
  country_code: z.string(),
  phone: z.string().nullable(),
})

const CartItem = z.object({
  id: z.string(),
  product_id: z.string().nullable(),
  variant_id: z.string().nullable(),
  title: z.string(),
  image_url: z.string().nullable(),
  quantity: z.number(),
  unit_price: amount,
  mrp: amount.describe("The price before the sale price (the MRP)"),
  total: amount,
})

/** A shop cart as buyers see it (`presentCart`). */
export const ShopCart = z.object({
  id: z.string(),
  shop: z.object({ id: z.string(), handle: z.string() }),
  currency_code: z.string(),
  customer_id: z.string().nullable(),
  completed_at: timestamp.nullable(),
  items: z.array(CartItem),
  item_total: amount,
  shipping_total: amount,
  tax_total: amount,
  total: amount,
})

export const ShopCartAnswer = z.object({ cart: ShopCart })

export const shopCartExample = {
  cart: {
    id: "cart_01JD8Z4Q",
    shop: { id: "shop_01JD8Y2M", handle: "chai-samosa-corner" },
    currency_code: "inr",
    customer_id: null,
    completed_at: null,
    items: [
      {
        id: "cali_01JD8Z5R",
        product_id: "prod_01JD8YB1",
        variant_id: "variant_01JD8YB2",
        title: "Masala Chai",
        image_url: "https://example.com/chai.png",
        quantity: 2,
        unit_price: 25,
        mrp: 30,
        total: 50,
      },
    ],
    item_total: 50,
    shipping_total: 0,
    tax_total: 0,
    total: 50,
  },
}
