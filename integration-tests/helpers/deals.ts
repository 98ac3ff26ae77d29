import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "./admin"
import { BUYER_ADDRESS, caller, createIndiaRegion, customerLogin, sellerWithShop, uploadProduct, type TestSeller } from "./marketplace"
import { DEAL_MODULE } from "../../src/modules/deal"
import type DealModuleService from "../../src/modules/deal/service"
import { sweepDealsWorkflow } from "../../src/workflows/deals/sweep-deals"
import { medusaAuthToken } from "../../src/api/auth/medusa-jwt"

const HOUR = 60 * 60 * 1000

export const dealModule = (container: MedusaContainer) => container.resolve<DealModuleService>(DEAL_MODULE)

/** A shop selling a product (MRP 400, sale 300) that deals are made of, and an operator. */
export async function dealMarket(api: AxiosInstance, container: MedusaContainer, seller: { phone: string; code: string }) {
  await createIndiaRegion(container)
  const shopSeller = await sellerWithShop(api, seller, "Deal Tea House")
  const product = await uploadProduct(api, shopSeller, { name: "Masala chai", mrp: 400, sale_price: 300 })
  const admin = await adminHeaders(api, container)
  return { seller: shopSeller, product, admin: admin.headers }
}

/** Deal terms live from a minute ago (on the deals' clock) for `hours`. */
export async function liveWindow(container: MedusaContainer, hours = 2) {
  const now = await dealModule(container).now()
  return { starts_at: new Date(now.getTime() - 60_000).toISOString(), ends_at: new Date(now.getTime() - 60_000 + hours * HOUR).toISOString() }
}

export async function createDeal(
  api: AxiosInstance,
  admin: object,
  market: { seller: TestSeller; product: Record<string, any> },
  terms: Record<string, unknown>
) {
  const created = await caller(api)(
    "post",
    "/admin/bazaar/deals",
    { shop_id: market.seller.shop.id, variant_id: market.product.variant_id, price: 249, total_units: 5, ...terms },
    admin
  )
  if (created.status !== 201) throw new Error(`deal not created: ${created.status} ${JSON.stringify(created.data)}`)
  return created.data.deal as Record<string, any>
}

/** A signed-in buyer with an empty cart of the shop. */
export async function buyerWithCart(api: AxiosInstance, seller: TestSeller, who: { phone: string; code: string }) {
  const customer = await customerLogin(api, who.phone, who.code)
  const store = { "x-publishable-api-key": seller.shop.publishable_key }
  const { data } = await api.post(`/store/shops/${seller.shop.handle}/carts`, {}, { headers: store })
  return { headers: { ...store, ...customer }, cartId: data.cart.id as string }
}

export function shopPaths(seller: TestSeller) {
  const shop = `/store/shops/${seller.shop.handle}`
  return {
    deals: `${shop}/deals`,
    claims: (dealId: string) => `${shop}/deals/${dealId}/claims`,
    waitlist: (dealId: string) => `${shop}/deals/${dealId}/waitlist`,
    complete: (cartId: string) => `${shop}/carts/${cartId}/complete`,
    line: (cartId: string, lineId: string) => `${shop}/carts/${cartId}/line-items/${lineId}`,
  }
}

export const checkoutBody = { shipping_address: BUYER_ADDRESS }

/**
 * `phones.length` signed-in customers made without the OTP round trip (too slow for hundreds): a customer and a
 * `phone-otp` auth identity each, as the phone login creates them, and the token Medusa's own auth routes issue
 * for that identity (src/api/auth/medusa-jwt.ts).
 */
export async function signedInCustomers(container: MedusaContainer, phones: string[]) {
  const customers = await container.resolve(Modules.CUSTOMER).createCustomers(phones.map((phone) => ({ phone, has_account: true })))
  const auth = container.resolve(Modules.AUTH)
  const created = await auth.createAuthIdentities(
    customers.map((customer) => ({
      provider_identities: [{ provider: "phone-otp", entity_id: customer.phone!, user_metadata: { phone: customer.phone } }],
      app_metadata: { customer_id: customer.id },
    }))
  )
  const identities = await auth.listAuthIdentities({ id: created.map((identity) => identity.id) }, { relations: ["provider_identities"] })
  const byCustomer = new Map(identities.map((identity) => [identity.app_metadata?.customer_id as string, identity]))
  return Promise.all(
    customers.map(async (customer) => {
      const result = await medusaAuthToken(container, { authIdentity: byCustomer.get(customer.id)!, actorType: "customer", authProvider: "phone-otp" })
      if (!("token" in result) || "verification_required" in result) throw new Error(`no customer token for ${customer.phone}`)
      return { customerId: customer.id, authorization: `Bearer ${result.token}` }
    })
  )
}

/** Runs `task` over `items`, at most `limit` at a time (setup calls that need not race). */
export async function inBatches<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += limit) {
    results.push(...(await Promise.all(items.slice(start, start + limit).map((item, i) => task(item, start + i)))))
  }
  return results
}

/** An empty cart of the shop for a customer signed in elsewhere (`customer`: their bearer header). */
export async function cartFor(api: AxiosInstance, seller: TestSeller, customer: { authorization: string }) {
  const store = { "x-publishable-api-key": seller.shop.publishable_key }
  const { data } = await api.post(`/store/shops/${seller.shop.handle}/carts`, {}, { headers: store })
  return { headers: { ...store, ...customer }, cartId: data.cart.id as string }
}

/** Units left of a live deal as buyers see them (`GET /store/shops/:handle/deals`, which settles expired claims first); null when not live. */
export async function unitsLeft(api: AxiosInstance, seller: TestSeller, dealId: string): Promise<number | null> {
  const listed = await caller(api)("get", shopPaths(seller).deals, undefined, { "x-publishable-api-key": seller.shop.publishable_key })
  if (listed.status !== 200) throw new Error(`deals not listed: ${listed.status} ${JSON.stringify(listed.data)}`)
  return listed.data.live.find((deal: { id: string }) => deal.id === dealId)?.units_left ?? null
}

/**
 * Readies a buyer's shop cart for Medusa's own `POST /store/carts/:id/complete`,
 * as a storefront on Medusa's routes does for a signed-in customer: the cart
 * made the customer's (an email on an anonymous cart would make it a guest's),
 * email and address, the shop's delivery option, a pay-on-delivery session.
 */
export async function prepareNativeCompletion(api: AxiosInstance, buyer: { headers: object; cartId: string }) {
  const call = caller(api)
  const { headers, cartId } = buyer
  const ok = (what: string, answer: { status: number; data: any }) => {
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
    return answer.data
  }
  ok("customer", await call("post", `/store/carts/${cartId}/customer`, {}, headers))
  ok("address", await call("post", `/store/carts/${cartId}`, { email: "ravi@example.com", shipping_address: BUYER_ADDRESS }, headers))
  const { shipping_options } = ok("shipping options", await call("get", `/store/shipping-options?cart_id=${cartId}`, undefined, headers))
  ok("shipping method", await call("post", `/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id }, headers))
  const { payment_collection } = ok("payment collection", await call("post", "/store/payment-collections", { cart_id: cartId }, headers))
  ok(
    "payment session",
    await call("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  )
}

/** Runs the deals' sweep once, as its every-minute job does. */
export async function sweepDeals(container: MedusaContainer) {
  const { result } = await sweepDealsWorkflow(container).run()
  return result
}
