import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { sdk } from "./sdk"

export type DealState = "proposed" | "declined" | "canceled" | "scheduled" | "live" | "ended"

export type Deal = {
  id: string
  shop_id: string
  product_id: string
  variant_id: string
  title: string
  currency_code: string
  mrp: number
  price: number
  total_units: number
  available_units: number
  /** Units in carts, held for the waitlist or sold, as a whole percentage of all units. */
  percent_claimed: number
  starts_at: string
  ends_at: string
  state: DealState
  status_reason: string | null
  per_customer_limit: number
  recurrence: "daily" | null
}

export type DealOrderStatus = "awaiting_approval" | "approved" | "rejected"

/** A deal order as `GET /admin/bazaar/deal-orders` lists it. */
export type DealOrder = {
  order_id: string
  display_id: number | null
  deal_id: string
  deal_title: string | null
  customer_contact: string | null
  quantity: number
  deal_price: number | null
  currency_code: string | null
  status: DealOrderStatus
  payment_status: string | null
  placed_at: string | null
  /** When it is rejected automatically if nobody decided. */
  approve_by: string | null
}

export type DealShop = { id: string; name: string; handle: string; seller: string }

export type VariantChoice = { id: string; label: string; prices: { amount: number; currency_code: string }[] }

export type NewDeal = {
  shop_id: string
  variant_id: string
  price: number
  total_units: number
  starts_at: string
  ends_at: string
  per_customer_limit?: number
  recurrence?: "daily" | null
}

/**
 * How far the server's clock is ahead of this browser's, from one answer's `server_time` and the
 * moments the request left and the answer came back (the server read its clock about halfway).
 */
export function clockOffsetMs(serverTime: string, sentAt: number, receivedAt: number) {
  return Date.parse(serverTime) - (sentAt + receivedAt) / 2
}

/** "2h 05m 09s", "4m 02s", "9s" for a positive span; "0s" once it has passed. */
export function formatSpan(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const pad = (n: number) => String(n).padStart(2, "0")
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(seconds)}s`
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`
  return `${seconds}s`
}

/** What the countdown of a deal counts to at `serverNow`: its start, its end, or nothing. */
export function dealCountdown(deal: Pick<Deal, "state" | "starts_at" | "ends_at">, serverNow: number) {
  const startsIn = Date.parse(deal.starts_at) - serverNow
  const endsIn = Date.parse(deal.ends_at) - serverNow
  if ((deal.state === "scheduled" || deal.state === "proposed") && startsIn > 0) {
    return { label: "starts in", text: formatSpan(startsIn) }
  }
  if ((deal.state === "live" || deal.state === "scheduled") && endsIn > 0) {
    return { label: "ends in", text: formatSpan(endsIn) }
  }
  return null
}

export function formatMoney(amount: number, currency: string) {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${currency.toUpperCase()} ${amount}`
  }
}

/** A `datetime-local` value (the browser's zone) as an ISO instant; "" when it is not a date. */
export function localInputToIso(value: string) {
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? "" : new Date(time).toISOString()
}

/** An instant as a `datetime-local` value in the browser's zone, to the minute. */
export function isoToLocalInput(ms: number) {
  const date = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The server's clock, read from the browser's plus `offsetMs`, ticking every second. */
export function useServerNow(offsetMs: number) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now + offsetMs
}

const DEALS = ["bazaar", "deals"]
const DEAL_ORDERS = ["bazaar", "deal-orders"]

/** Deals, refreshed every few seconds, with the server's clock offset measured on each answer. */
export function useDeals(state?: DealState) {
  return useQuery({
    queryKey: [...DEALS, state ?? "all"],
    queryFn: async () => {
      const sentAt = Date.now()
      const answer = await sdk.client.fetch<{ deals: Deal[]; count: number; server_time: string }>("/admin/bazaar/deals", {
        query: { state, limit: 100 },
      })
      return { ...answer, offsetMs: clockOffsetMs(answer.server_time, sentAt, Date.now()) }
    },
    refetchInterval: 3000,
  })
}

export function useAwaitingDealOrders() {
  return useQuery({
    queryKey: [...DEAL_ORDERS, "awaiting_approval"],
    queryFn: () =>
      sdk.client.fetch<{ deal_orders: DealOrder[]; count: number }>("/admin/bazaar/deal-orders", {
        query: { status: "awaiting_approval" },
      }),
    refetchInterval: 5000,
  })
}

/** Every shop of every seller, for the shop picker. */
export function useDealShops() {
  return useQuery({
    queryKey: ["bazaar", "deal-shops"],
    queryFn: async () => {
      const { sellers } = await sdk.client.fetch<{
        sellers: { name: string; shops: { id: string; name: string; handle: string }[] }[]
      }>("/admin/sellers", { query: { limit: 100 } })
      return sellers.flatMap((seller) => seller.shops.map((shop): DealShop => ({ ...shop, seller: seller.name })))
    },
  })
}

/**
 * The variants of a shop's products. A shop sells through its own sales channel, which Bazaar
 * describes as "Bazaar shop <shop id>"; the products are those of that channel.
 */
export function useShopVariants(shopId: string | undefined, search: string) {
  return useQuery({
    queryKey: ["bazaar", "deal-shop-variants", shopId, search],
    enabled: !!shopId,
    queryFn: async () => {
      const { sales_channels } = await sdk.client.fetch<{ sales_channels: { id: string; description: string | null }[] }>(
        "/admin/sales-channels",
        { query: { q: shopId, fields: "id,description", limit: 10 } }
      )
      const channel = sales_channels.find((c) => c.description === `Bazaar shop ${shopId}`)
      if (!channel) return []
      const { products } = await sdk.client.fetch<{
        products: { title: string; variants: { id: string; title: string; prices?: { amount: number; currency_code: string }[] }[] }[]
      }>("/admin/products", {
        query: {
          sales_channel_id: [channel.id],
          q: search || undefined,
          fields: "id,title,variants.id,variants.title,*variants.prices",
          limit: 50,
          order: "title",
        },
      })
      return products.flatMap((product) =>
        product.variants.map(
          (variant): VariantChoice => ({
            id: variant.id,
            label: product.variants.length > 1 ? `${product.title} — ${variant.title}` : product.title,
            prices: (variant.prices ?? []).map(({ amount, currency_code }) => ({ amount, currency_code })),
          })
        )
      )
    },
  })
}

/** A deal write; refreshes the deals after it. */
export function useDealAction<TInput, TOutput>(request: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: DEALS })
      queryClient.invalidateQueries({ queryKey: DEAL_ORDERS })
    },
  })
}

export const dealRequests = {
  create: (body: NewDeal) => sdk.client.fetch<{ deal: Deal }>("/admin/bazaar/deals", { method: "POST", body }),
  approve: ({ id }: { id: string }) =>
    sdk.client.fetch<{ deal: Deal }>(`/admin/bazaar/deals/${id}/approve`, { method: "POST", body: {} }),
  decline: ({ id, reason }: { id: string; reason: string }) =>
    sdk.client.fetch<{ deal: Deal }>(`/admin/bazaar/deals/${id}/decline`, { method: "POST", body: { reason } }),
  cancel: ({ id, reason }: { id: string; reason: string }) =>
    sdk.client.fetch<{ deal: Deal }>(`/admin/bazaar/deals/${id}/cancel`, {
      method: "POST",
      body: reason ? { reason } : {},
    }),
  approveOrder: ({ id }: { id: string }) =>
    sdk.client.fetch<{ deal_order: DealOrder }>(`/admin/bazaar/deal-orders/${id}/approve`, { method: "POST", body: {} }),
  rejectOrder: ({ id, reason }: { id: string; reason: string }) =>
    sdk.client.fetch<{ deal_order: DealOrder }>(`/admin/bazaar/deal-orders/${id}/reject`, { method: "POST", body: { reason } }),
}
