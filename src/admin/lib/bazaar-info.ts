import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type BazaarAdminInfo = {
  name: string
  version: string
  options: { storefront_url: string }
  capabilities: { id: string; label: string; enabled: boolean; detail?: string }[]
  infrastructure: Record<string, string>
}

export function useBazaarInfo() {
  return useQuery({
    queryKey: ["bazaar", "info"],
    queryFn: () => sdk.client.fetch<BazaarAdminInfo>("/admin/bazaar"),
  })
}
