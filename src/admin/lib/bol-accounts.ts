import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type BolRun = {
  id: string
  resource: string
  trigger: string
  status: "running" | "succeeded" | "failed"
  started_at: string
  finished_at: string | null
  pages: number
  records: number
  errors: { at: string; unit: string; status?: number; message: string }[]
}

export type BolAccountOverview = {
  id: string
  label: string
  client_id: string
  status: string
  resources: string[]
  last_sync_at: string | null
  last_error: string | null
  shop: { id: string; name: string; handle: string } | null
  latest_runs: Record<string, BolRun>
}

const KEY = ["bazaar", "bol-accounts"]

export function useBolAccounts() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => sdk.client.fetch<{ accounts: BolAccountOverview[] }>("/admin/bol/accounts"),
    // a running sync moves on its own: keep the counts fresh while the page is open
    refetchInterval: 5000,
  })
}

export function useStartBolSync() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { accountId: string; resource: string }) =>
      sdk.client.fetch<{ run: BolRun }>(`/admin/bol/accounts/${input.accountId}/sync`, {
        method: "POST",
        body: { resource: input.resource },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  })
}
