import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { signUpSeller } from "./seller"

export const SHOP_ADDRESS = { line: "1 Market St", city: "Pune", postal_code: "411001", country_code: "IN" }
export const BUYER_ADDRESS = {
  first_name: "Ravi",
  last_name: "Kumar",
  address_1: "12 MG Road",
  city: "Pune",
  postal_code: "411002",
  country_code: "in",
  phone: "+919876543210",
}
export const PRODUCT_IMAGE = "https://images.example/product.jpg"

/**
 * The India region shops in these tests sell in, paying on delivery through
 * Medusa's system provider, and by card (`pp_stripe_stripe`) when the spec
 * registered Stripe (helpers/stripe.ts).
 */
export async function createIndiaRegion(container: MedusaContainer) {
  const stripe = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: ["pp_stripe_stripe"] })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "India", currency_code: "inr", countries: ["in"], payment_providers: ["pp_system_default", ...stripe.map((p) => p.id)] },
      ],
    },
  })
  return region
}

/** Calls that answer the response for any status instead of throwing. */
export function caller(api: AxiosInstance) {
  return (method: "get" | "post" | "delete", url: string, body?: unknown, headers: object = {}) =>
    (method === "post" ? api.post(url, body, { headers }) : api[method](url, { headers })).catch(
      (error) => error.response
    )
}

export type TestSeller = Awaited<ReturnType<typeof signUpSeller>> & { shop: Record<string, any> }

/** A signed-up seller with one shop in Pune. */
export async function sellerWithShop(api: AxiosInstance, who: { phone: string; code: string }, shopName: string): Promise<TestSeller> {
  const seller = await signUpSeller(api, who.phone, who.code)
  const created = await caller(api)("post", "/seller/shops", { name: shopName, address: SHOP_ADDRESS }, seller.headers)
  if (created.status !== 201) throw new Error(`shop not created: ${created.status} ${created.data?.message}`)
  return { ...seller, shop: created.data.shop }
}

/** Uploads a product through the Seller API and returns it. */
export async function uploadProduct(api: AxiosInstance, seller: TestSeller, product: Record<string, unknown>) {
  const created = await caller(api)(
    "post",
    `/seller/shops/${seller.shop.id}/products`,
    { image_url: PRODUCT_IMAGE, category: "Snacks", ...product },
    seller.headers
  )
  if (created.status !== 201) throw new Error(`product not created: ${created.status} ${created.data?.message}`)
  return created.data.product as Record<string, any>
}

/** A buyer signed in with phone + OTP (a configured test number): the customer's bearer header. */
export async function customerLogin(api: AxiosInstance, phone: string, code: string) {
  await api.post("/auth/customer/phone-otp", { phone })
  const { data } = await api.post("/auth/customer/phone-otp", { phone, code })
  return { authorization: `Bearer ${data.token}` }
}

/** A buyer's order in the seller's shop, placed through the shop cart routes. */
export async function placeOrder(
  api: AxiosInstance,
  seller: TestSeller,
  items: { product_id: string; quantity: number }[],
  customer: { authorization: string }
): Promise<string> {
  const call = caller(api)
  const headers = { "x-publishable-api-key": seller.shop.publishable_key }
  const base = `/store/shops/${seller.shop.handle}/carts`
  const { data } = await call("post", base, {}, headers)
  for (const item of items) {
    await call("post", `${base}/${data.cart.id}/line-items`, item, headers)
  }
  const placed = await call("post", `${base}/${data.cart.id}/complete`, { shipping_address: BUYER_ADDRESS }, { ...headers, ...customer })
  if (placed.status !== 201) throw new Error(`order not placed: ${placed.status} ${placed.data?.message}`)
  return placed.data.order.id
}
