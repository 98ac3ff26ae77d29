import type { BolAccountStatus } from "./types"

/**
 * An account as APIs may show it: everything but the encrypted client
 * secret (the secret itself is never stored in plain form).
 */
export type PresentedBolAccount = {
  id: string
  shop_id: string
  label: string
  client_id: string
  api_base_url: string
  token_url: string
  status: BolAccountStatus
  resources: string[]
  last_sync_at: Date | null
  last_error: string | null
  created_at: Date
  updated_at: Date
}

export function presentAccount(account: Record<string, any>): PresentedBolAccount {
  return {
    id: account.id,
    shop_id: account.shop_id,
    label: account.label,
    client_id: account.client_id,
    api_base_url: account.api_base_url,
    token_url: account.token_url,
    status: account.status,
    resources: Array.isArray(account.resources) ? account.resources : [],
    last_sync_at: account.last_sync_at ?? null,
    last_error: account.last_error ?? null,
    created_at: account.created_at,
    updated_at: account.updated_at,
  }
}
