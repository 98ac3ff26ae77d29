import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { FetchArgs } from "@medusajs/js-sdk"
import { sdk } from "./sdk"
import { workspaceVisitHeaders } from "./workspace-visit"

/** Who is signed in to the admin, as `GET /admin/bazaar/workspace` answers. */
export type WorkspaceRole = "seller" | "operator"

export type WorkspaceSeller = {
  id: string
  name: string
  phone: string
  status: "pending" | "active" | "suspended"
}

export type Workspace = {
  role: WorkspaceRole
  /** The signed-in seller; null for an operator. */
  seller: WorkspaceSeller | null
  read_only: boolean
}

/** A shop's address as the Seller API answers it. */
export type ShopAddress = {
  line: string
  city: string
  postal_code: string
  country_code: string
  phone: string | null
}

/** A shop as the Seller API answers it (`presentShop`). */
export type SellerShop = {
  id: string
  name: string
  handle: string
  /** The buyers' link: the storefront URL and the handle. */
  link: string
  status: "active" | "closed"
  address: ShopAddress
  /** The shop's earlier handles, which keep resolving; only when the API sends them. */
  former_handles?: string[]
}

/** The address a seller types in; `phone` is left out when empty. */
export type ShopAddressInput = {
  line: string
  city: string
  postal_code: string
  country_code: string
  phone?: string
}

export type NewShopInput = { name: string; address: ShopAddressInput }

export type ShopUpdate = {
  name?: string
  address?: ShopAddressInput
  /** Move the shop to a handle from its (new) name; the old link keeps working. */
  new_handle?: boolean
}

/** The error text to show: the API's `message` (FetchError carries it) or a fallback. */
export function errorMessage(error: unknown, fallback = "Something went wrong") {
  if (error instanceof Error && error.message) return error.message
  return fallback
}

/** `GET /admin/bazaar/workspace`: the signed-in admin user's role and seller. */
export async function workspaceWho(): Promise<Workspace> {
  const { workspace } = await sdk.client.fetch<{ workspace: Workspace }>("/admin/bazaar/workspace", { headers: workspaceVisitHeaders() })
  return workspace
}

/**
 * Calls the Seller API with the admin session. `path` is under `/seller`
 * ("/shops/shop_1/orders"); a path that already starts with "/seller/" is used as is.
 * A FormData body is sent as multipart (the JSON content type is dropped).
 */
export function sellerApi<T>(path: string, init: FetchArgs = {}): Promise<T> {
  const url = path.startsWith("/seller/") ? path : `/seller${path.startsWith("/") ? "" : "/"}${path}`
  const multipart = typeof FormData !== "undefined" && init.body instanceof FormData
  // an operator visiting a seller's workspace sends the visit's id (read-only)
  const headers = { ...workspaceVisitHeaders(), ...init.headers, ...(multipart ? { "content-type": null } : {}) }
  return sdk.client.fetch<T>(url, { ...init, headers })
}

/** The admin's base path ("/app" unless configured otherwise), read off the current address. */
export function adminBase() {
  const { pathname } = window.location
  const at = pathname.search(/\/(workspace|login)(\/|$)/)
  return at >= 0 ? pathname.slice(0, at) : "/app"
}

/** A full admin address for an admin path: adminHref("/workspace") is "/app/workspace". */
export function adminHref(path: string) {
  return `${adminBase()}${path}`
}

/** Admin paths of the workspace pages, relative to the admin's base (see `adminHref`). */
export const workspacePaths = {
  home: "/workspace",
  shop: (shopId: string) => `/workspace/shops/${shopId}`,
  products: (shopId: string) => `/workspace/products?shop=${encodeURIComponent(shopId)}`,
  orders: (shopId: string) => `/workspace/orders?shop=${encodeURIComponent(shopId)}`,
}

export const workspaceKeys = {
  who: ["bazaar", "workspace", "who"] as const,
  shops: ["bazaar", "workspace", "shops"] as const,
  shop: (id: string) => ["bazaar", "workspace", "shops", id] as const,
}

export function useWorkspaceWho() {
  return useQuery({ queryKey: workspaceKeys.who, queryFn: workspaceWho })
}

/** The signed-in seller's shops, oldest first; pass `enabled: false` for an operator. */
export function useSellerShops(enabled = true) {
  return useQuery({
    queryKey: workspaceKeys.shops,
    queryFn: async () => (await sellerApi<{ shops: SellerShop[] }>("/shops")).shops,
    enabled,
  })
}

export function useSellerShop(id: string) {
  return useQuery({
    queryKey: workspaceKeys.shop(id),
    queryFn: async () => (await sellerApi<{ shop: SellerShop }>(`/shops/${id}`)).shop,
  })
}

export function useCreateShop() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: NewShopInput) =>
      (await sellerApi<{ shop: SellerShop & { publishable_key: string } }>("/shops", { method: "POST", body: input })).shop,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.shops }),
  })
}

export function useUpdateShop(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (update: ShopUpdate) =>
      (await sellerApi<{ shop: SellerShop }>(`/shops/${id}`, { method: "POST", body: update })).shop,
    onSuccess: (shop) => {
      queryClient.setQueryData(workspaceKeys.shop(id), shop)
      return queryClient.invalidateQueries({ queryKey: workspaceKeys.shops })
    },
  })
}
