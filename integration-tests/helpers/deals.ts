import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders } from "./admin"
import { BUYER_ADDRESS, caller, createIndiaRegion, customerLogin, sellerWithShop, uploadProduct, type TestSeller } from "./marketplace"
import { DEAL_MODULE } from "../../src/modules/deal"
import type DealModuleService from "../../src/modules/deal/service"

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
