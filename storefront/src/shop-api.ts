import { ApiError, request } from "./api"
import { config } from "./config"
import { storedToken } from "./storage"
import type { Cart, Catalog, CheckoutAnswer, DealsAnswer, Order, Shop, ShopAnswer } from "./types"

/** Medusa's payment providers: pay on delivery (always offered) and card through Stripe. */
export const PAY_ON_DELIVERY = "pp_system_default"
export const CARD = "pp_stripe_stripe"

const shopPath = (handle: string) => `/store/shops/${encodeURIComponent(handle)}`

/** The shop at `handle`, looked up with the marketplace's key; a former handle answers with `redirect`. */
export const fetchShop = (handle: string) => request<ShopAnswer>(shopPath(handle), { key: config.publishableKey })

/** The Store API of one shop: every call with the shop's own publishable key. */
export function shopApi(shop: Shop) {
  const key = shop.publishable_key ?? config.publishableKey
  const base = shopPath(shop.handle)
  const carts = `${base}/carts`
  const token = () => storedToken()
  return {
    catalog: () => request<Catalog>(`${base}/catalog`, { key }),
    deals: () => request<DealsAnswer>(`${base}/deals`, { key }),
    claimDeal: (dealId: string, cartId: string) =>
      request<{ cart: Cart }>(`${base}/deals/${encodeURIComponent(dealId)}/claims`, { method: "POST", key, token: token(), body: { cart_id: cartId } }),
    createCart: () => request<{ cart: Cart }>(carts, { method: "POST", key, body: {} }),
    cart: (id: string) => request<{ cart: Cart }>(`${carts}/${encodeURIComponent(id)}`, { key }),
    addItem: (cartId: string, productId: string, quantity: number) =>
      request<{ cart: Cart }>(`${carts}/${encodeURIComponent(cartId)}/line-items`, { method: "POST", key, body: { product_id: productId, quantity } }),
    setQuantity: (cartId: string, lineId: string, quantity: number) =>
      request<{ cart: Cart }>(`${carts}/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { method: "POST", key, body: { quantity } }),
    removeItem: (cartId: string, lineId: string) =>
      request<{ cart: Cart }>(`${carts}/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, { method: "DELETE", key }),
    complete: (cartId: string, body: unknown) =>
      request<CheckoutAnswer>(`${carts}/${encodeURIComponent(cartId)}/complete`, { method: "POST", key, token: token(), body }),
    /** Whether the cart's region takes cards: Medusa's cart (for its region) and the region's payment providers. */
    offersCard: async (cartId: string) => {
      const { cart } = await request<{ cart: { region_id?: string | null } }>(`/store/carts/${encodeURIComponent(cartId)}?fields=region_id`, { key })
      if (!cart.region_id) return false
      const { payment_providers } = await request<{ payment_providers: { id: string }[] }>(
        `/store/payment-providers?region_id=${encodeURIComponent(cart.region_id)}`,
        { key }
      )
      return payment_providers.some((provider) => provider.id === CARD)
    },
    order: (id: string) => request<{ order: Order }>(`/store/orders/${encodeURIComponent(id)}?fields=${ORDER_FIELDS}`, { key, token: token() }),
  }
}

export type ShopApi = ReturnType<typeof shopApi>

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "fulfillment_status",
  "payment_status",
  "currency_code",
  "created_at",
  "total",
  "item_total",
  "shipping_total",
  "*items",
].join(",")

/** Phone + OTP sign-in of a customer: a code by SMS, then the code for a token. */
export const requestCode = (phone: string) =>
  request<{ location: string }>("/auth/customer/phone-otp", { method: "POST", key: config.publishableKey, body: { phone } })

export const verifyCode = (phone: string, code: string) =>
  request<{ token: string }>("/auth/customer/phone-otp", { method: "POST", key: config.publishableKey, body: { phone, code } })

/** Whether an error means the cart is gone for good (completed, or of no shop any more): start a new one. */
export const isStaleCart = (error: unknown) =>
  error instanceof ApiError && (error.status === 400 || error.status === 404) && /^Cart \S+ (was not found|is already completed)/.test(error.message)
