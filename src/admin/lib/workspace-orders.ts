import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { formatMoney } from "./deals"
import { sellerApi } from "./workspace"

/** Where a shop order stands, in the order a seller moves it. */
export const SHOP_ORDER_STATES = ["placed", "accepted", "shipped", "delivered", "canceled"] as const
export type ShopOrderState = (typeof SHOP_ORDER_STATES)[number]

export type ShopOrderAction = "accept" | "ship" | "deliver" | "cancel"

/** An order of a shop as the Seller API answers it (`presentShopOrder`). */
export type ShopOrder = {
  id: string
  display_id: number
  state: ShopOrderState
  created_at: string
  currency_code: string
  customer: { id: string | null; phone: string | null; email: string | null }
  shipping_address: {
    name: string
    address_1: string | null
    address_2: string | null
    city: string | null
    postal_code: string | null
    country_code: string | null
    phone: string | null
  } | null
  items: {
    id: string
    product_id: string | null
    title: string
    image_url: string | null
    quantity: number
    unit_price: number | null
    total: number | null
  }[]
  item_total: number | null
  shipping_total: number | null
  total: number | null
  tracking: { number: string; url: string | null }[]
}

/** The link of an order to a bol.com order: accepting it ships it on bol.com. */
export type BolOrderLink = {
  id: string
  order_id: string
  bol_order_id: string
  account_id: string
  fulfilment_method: string | null
  created_at: string
}

/** Accepting takes shipment details only for an order linked to bol.com. */
export type AcceptOrderBody = { transporter_code?: string; tracking_number?: string }
export type ShipOrderBody = { tracking_number?: string; tracking_url?: string }

export type OrderStep =
  | { action: "accept"; body: AcceptOrderBody }
  | { action: "ship"; body: ShipOrderBody }
  | { action: "deliver" | "cancel"; body?: undefined }

/** Which steps a seller can take from each state (as the API allows them). */
export const NEXT_STEPS: Record<ShopOrderState, ShopOrderAction[]> = {
  placed: ["accept", "cancel"],
  accepted: ["ship", "cancel"],
  shipped: ["deliver"],
  delivered: [],
  canceled: [],
}

/** bol.com's codes of the carriers sellers ship with most, with the carrier's name where the code hides it. */
export const BOL_TRANSPORTERS: { code: string; label: string }[] = [
  { code: "TNT", label: "TNT (PostNL)" },
  { code: "DHL", label: "DHL" },
  { code: "DHLFORYOU", label: "DHL For You" },
  { code: "DPD_NL", label: "DPD (NL)" },
  { code: "DPD_BE", label: "DPD (BE)" },
  { code: "BPOST_BE", label: "bpost" },
  { code: "GLS", label: "GLS" },
  { code: "UPS", label: "UPS" },
  { code: "BUDBEE", label: "Budbee" },
  { code: "TRUNKRS", label: "Trunkrs" },
  { code: "OTHER", label: "Other" },
]

const PAGE_SIZE = 100
/** More orders than this are not loaded into the list at once. */
const MOST_ORDERS = 1000

export const workspaceOrderKeys = {
  lists: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "order-lists"] as const,
  list: (shopId: string, state: ShopOrderState | undefined) => ["bazaar", "workspace", "shops", shopId, "order-lists", state ?? "all"] as const,
  one: (shopId: string, id: string) => ["bazaar", "workspace", "shops", shopId, "orders", id] as const,
  bolLink: (shopId: string, id: string) => ["bazaar", "workspace", "shops", shopId, "orders", id, "bol-link"] as const,
}

const ordersPath = (shopId: string) => `/shops/${encodeURIComponent(shopId)}/orders`
const orderPath = (shopId: string, id: string) => `${ordersPath(shopId)}/${encodeURIComponent(id)}`

export type StateCounts = Record<ShopOrderState, number>

/**
 * The shop's orders in `state` (all when undefined), newest first, up to
 * `MOST_ORDERS`, and how many orders each state holds.
 */
export function useShopOrders(shopId: string | undefined, state: ShopOrderState | undefined) {
  return useQuery({
    queryKey: workspaceOrderKeys.list(shopId ?? "", state),
    enabled: !!shopId,
    refetchInterval: 30000,
    queryFn: async () => {
      const orders: ShopOrder[] = []
      let count = 0
      let stateCounts: StateCounts | undefined
      do {
        const page = await sellerApi<{ orders: ShopOrder[]; count: number; state_counts: StateCounts }>(ordersPath(shopId!), {
          query: { limit: PAGE_SIZE, offset: orders.length, ...(state ? { state } : {}) },
        })
        orders.push(...page.orders)
        count = page.count
        stateCounts = page.state_counts
        if (!page.orders.length) break
      } while (orders.length < count && orders.length < MOST_ORDERS)
      return { orders, count, stateCounts }
    },
  })
}

export function useShopOrder(shopId: string | undefined, id: string) {
  return useQuery({
    queryKey: workspaceOrderKeys.one(shopId ?? "", id),
    queryFn: async () => (await sellerApi<{ order: ShopOrder }>(orderPath(shopId!, id))).order,
    enabled: !!shopId && !!id,
  })
}

/** The order's bol.com link, or null when it is the shop's own order. */
export function useBolOrderLink(shopId: string | undefined, id: string) {
  return useQuery({
    queryKey: workspaceOrderKeys.bolLink(shopId ?? "", id),
    enabled: !!shopId && !!id,
    queryFn: async () => {
      const { order_links } = await sellerApi<{ order_links: BolOrderLink[] }>(
        `/shops/${encodeURIComponent(shopId!)}/bol/order-links`,
        { query: { order_id: id, limit: 1 } }
      )
      return order_links[0] ?? null
    },
  })
}

/** One step on the order; answers the order as it is after, and refreshes the list. */
export function useOrderStep(shopId: string, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (step: OrderStep) =>
      (await sellerApi<{ order: ShopOrder }>(`${orderPath(shopId, id)}/${step.action}`, { method: "POST", body: step.body ?? {} })).order,
    onSuccess: (order) => {
      queryClient.setQueryData(workspaceOrderKeys.one(shopId, id), order)
      queryClient.invalidateQueries({ queryKey: workspaceOrderKeys.lists(shopId) })
    },
  })
}

/** The order's items counted, "3 items". */
export function itemCount(order: ShopOrder) {
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0)
  return `${units} item${units === 1 ? "" : "s"}`
}

/** An amount of the order in its currency; "—" when the API has none. */
export function orderMoney(amount: number | null, currency: string) {
  return amount === null ? "—" : formatMoney(amount, currency)
}

/** The buyer as the seller knows them: the name on the address, else the phone or email. */
export function buyerName(order: ShopOrder) {
  return order.shipping_address?.name || order.customer.phone || order.customer.email || "Buyer"
}
