import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sellerApi } from "./workspace"

/** What a bol.com account can sync (the Seller API's `resources`). */
export const BOL_RESOURCES = ["shipments", "orders", "returns"] as const
export type BolResource = (typeof BOL_RESOURCES)[number]

export type BolAccountStatus = "active" | "invalid_credentials" | "inactive" | "disabled"

/** A shop's bol.com account as the Seller API answers it (never its secret). */
export type BolAccount = {
  id: string
  shop_id: string
  label: string
  client_id: string
  api_base_url: string
  token_url: string
  status: BolAccountStatus
  resources: BolResource[]
  last_sync_at: string | null
  /** Why the account is not active, when bol said so. */
  last_error: string | null
  created_at: string
  updated_at: string
}

export type BolRunError = { at: string; unit: string; status?: number; message: string }

/** One sync of one resource of an account. */
export type BolSyncRun = {
  id: string
  account_id: string
  resource: BolResource
  trigger: "schedule" | "manual"
  status: "running" | "succeeded" | "failed"
  started_at: string
  finished_at: string | null
  pages: number
  records: number
  errors: BolRunError[]
  pending_units: number
}

/** A synced shipment in the list: its typed columns. */
export type BolShipmentSummary = {
  id: string
  account_id: string
  /** bol.com's shipment id. */
  shipment_id: string
  order_id: string | null
  fulfilment_method: string | null
  shipment_date: string | null
  shipment_reference: string | null
  transporter_code: string | null
  track_and_trace: string | null
  detail_synced_at: string | null
}

export type BolShipmentItem = {
  id: string
  order_item_id: string
  order_id: string | null
  ean: string | null
  title: string | null
  quantity: number | null
  quantity_shipped: number | null
  fulfilment_method: string | null
  latest_delivery_date: string | null
}

export type BolTransportEvent = { id: string; event_code: string; event_date_time: string }

/** One synced shipment in full (bol's own detail as `detail`). */
export type BolShipmentDetail = BolShipmentSummary & {
  items: BolShipmentItem[]
  transport_events: BolTransportEvent[]
  detail: Record<string, unknown> | null
}

export type BolShipmentPage = { shipments: BolShipmentSummary[]; count: number; limit: number; offset: number }

/** What the Connect form sends; the URLs only for a test server (the simulator, bol's demo). */
export type ConnectBolAccountInput = {
  label: string
  client_id: string
  client_secret: string
  resources?: BolResource[]
  api_base_url?: string
  token_url?: string
}

export type BolOrderLink = {
  id: string
  order_id: string
  bol_order_id: string
  account_id: string
  fulfilment_method: string | null
  created_at: string
}

export const BOL_SHIPMENTS_PAGE_SIZE = 20

/** The workspace's bol.com page of a shop, relative to the admin's base (see `adminHref`). */
export const workspaceBolPath = (shopId: string) => `/workspace/bol?shop=${encodeURIComponent(shopId)}`

export const workspaceBolKeys = {
  all: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "bol"] as const,
  accounts: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "bol", "accounts"] as const,
  runs: (shopId: string, accountId: string) => ["bazaar", "workspace", "shops", shopId, "bol", "runs", accountId] as const,
  shipmentPages: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "bol", "shipments"] as const,
  shipments: (shopId: string, offset: number) => ["bazaar", "workspace", "shops", shopId, "bol", "shipments", offset] as const,
  shipment: (shopId: string, id: string) => ["bazaar", "workspace", "shops", shopId, "bol", "shipment", id] as const,
}

const bolPath = (shopId: string) => `/shops/${encodeURIComponent(shopId)}/bol`
const accountPath = (shopId: string, accountId: string) => `${bolPath(shopId)}/accounts/${encodeURIComponent(accountId)}`

/** GET /seller/shops/:id/bol/accounts: the shop's accounts, oldest first. */
export async function listBolAccounts(shopId: string) {
  return (await sellerApi<{ accounts: BolAccount[] }>(`${bolPath(shopId)}/accounts`)).accounts
}

/** POST /seller/shops/:id/bol/accounts: bol's login server checks the credentials before anything is saved. */
export async function connectBolAccount(shopId: string, input: ConnectBolAccountInput) {
  return (await sellerApi<{ account: BolAccount }>(`${bolPath(shopId)}/accounts`, { method: "POST", body: input })).account
}

export async function retrieveBolAccount(shopId: string, accountId: string) {
  return (await sellerApi<{ account: BolAccount }>(accountPath(shopId, accountId))).account
}

/** DELETE …/accounts/:account_id: the account and everything synced for it go. */
export async function disconnectBolAccount(shopId: string, accountId: string) {
  return sellerApi<{ id: string; object: "bol_account"; deleted: true }>(accountPath(shopId, accountId), { method: "DELETE" })
}

/** POST …/accounts/:account_id/sync: the run that started, or the one already going. */
export async function startBolSync(shopId: string, accountId: string, resource: BolResource) {
  return (await sellerApi<{ run: BolSyncRun }>(`${accountPath(shopId, accountId)}/sync`, { method: "POST", body: { resource } })).run
}

/** GET …/accounts/:account_id/runs: the last 50 runs, newest first. */
export async function listBolRuns(shopId: string, accountId: string) {
  return (await sellerApi<{ runs: BolSyncRun[] }>(`${accountPath(shopId, accountId)}/runs`)).runs
}

export async function listBolShipments(shopId: string, page: { limit: number; offset: number }) {
  return sellerApi<BolShipmentPage>(`${bolPath(shopId)}/shipments`, { query: page })
}

export async function retrieveBolShipment(shopId: string, id: string) {
  return (await sellerApi<{ shipment: BolShipmentDetail }>(`${bolPath(shopId)}/shipments/${encodeURIComponent(id)}`)).shipment
}

export async function listBolOrderLinks(shopId: string, query: { order_id?: string; limit?: number; offset?: number } = {}) {
  return sellerApi<{ order_links: BolOrderLink[]; count: number; limit: number; offset: number }>(`${bolPath(shopId)}/order-links`, { query })
}

export async function linkBolOrder(shopId: string, body: { order_id: string; bol_order_id: string; account_id?: string }) {
  return (await sellerApi<{ order_link: BolOrderLink }>(`${bolPath(shopId)}/order-links`, { method: "POST", body })).order_link
}

export function useBolAccounts(shopId: string | undefined) {
  return useQuery({
    queryKey: workspaceBolKeys.accounts(shopId ?? ""),
    queryFn: () => listBolAccounts(shopId!),
    enabled: !!shopId,
  })
}

/** The account's runs; polled while one of them is still running. */
export function useBolRuns(shopId: string, accountId: string) {
  return useQuery({
    queryKey: workspaceBolKeys.runs(shopId, accountId),
    queryFn: () => listBolRuns(shopId, accountId),
    refetchInterval: (query) => (query.state.data?.some((run) => run.status === "running") ? 2000 : false),
  })
}

export function useBolShipments(shopId: string | undefined, offset: number) {
  return useQuery({
    queryKey: workspaceBolKeys.shipments(shopId ?? "", offset),
    queryFn: () => listBolShipments(shopId!, { limit: BOL_SHIPMENTS_PAGE_SIZE, offset }),
    enabled: !!shopId,
    placeholderData: (previous) => previous,
  })
}

export function useBolShipment(shopId: string, id: string | null) {
  return useQuery({
    queryKey: workspaceBolKeys.shipment(shopId, id ?? ""),
    queryFn: () => retrieveBolShipment(shopId, id!),
    enabled: !!id,
  })
}

export function useConnectBolAccount(shopId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ConnectBolAccountInput) => connectBolAccount(shopId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceBolKeys.accounts(shopId) }),
  })
}

export function useDisconnectBolAccount(shopId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (accountId: string) => disconnectBolAccount(shopId, accountId),
    onSuccess: (_answer, accountId) => {
      // off the page at once, and its runs forgotten: asking for them again would be a 404
      queryClient.setQueryData<BolAccount[]>(workspaceBolKeys.accounts(shopId), (accounts) => accounts?.filter((a) => a.id !== accountId))
      queryClient.removeQueries({ queryKey: workspaceBolKeys.runs(shopId, accountId) })
      // its shipments went with it
      queryClient.invalidateQueries({ queryKey: workspaceBolKeys.accounts(shopId) })
      queryClient.invalidateQueries({ queryKey: workspaceBolKeys.shipmentPages(shopId) })
    },
  })
}

/** A sync answer: the run, and whether it was running already before this press (the API's 200). */
export type BolSyncStart = { resource: BolResource; run: BolSyncRun; alreadyRunning: boolean }

/**
 * "Sync now" on an account: one sync per resource it syncs. A run the page
 * already knew as running is the API's "already going" answer (200, not 202).
 */
export function useStartBolSync(shopId: string, account: BolAccount) {
  const queryClient = useQueryClient()
  const runsKey = workspaceBolKeys.runs(shopId, account.id)
  return useMutation({
    mutationFn: async (): Promise<BolSyncStart[]> => {
      const known = queryClient.getQueryData<BolSyncRun[]>(runsKey) ?? []
      const starts: BolSyncStart[] = []
      for (const resource of account.resources) {
        const run = await startBolSync(shopId, account.id, resource)
        starts.push({ resource, run, alreadyRunning: known.some((r) => r.id === run.id && r.status === "running") })
      }
      return starts
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: runsKey })
      // a sync re-checks the account: it may turn active, inactive or invalid_credentials
      queryClient.invalidateQueries({ queryKey: workspaceBolKeys.accounts(shopId) })
    },
  })
}

/** After a run finished: what it synced (and what it found of the account) shows. */
export function useRefreshAfterRuns(shopId: string) {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: workspaceBolKeys.accounts(shopId) })
    queryClient.invalidateQueries({ queryKey: workspaceBolKeys.shipmentPages(shopId) })
  }
}
