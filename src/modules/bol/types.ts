import type { BolResourceName } from "./client/resources"

export type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type BolAccountStatus = "active" | "invalid_credentials" | "inactive" | "disabled"

export type CreateBolAccountInput = {
  shop_id: string
  label: string
  client_id: string
  /** Stored encrypted; never returned by list or retrieve methods. */
  client_secret: string
  api_base_url?: string
  token_url?: string
  /** Default `["shipments"]`. */
  resources?: BolResourceName[]
}

export type UpdateBolAccountInput = {
  label?: string
  client_id?: string
  client_secret?: string
  api_base_url?: string
  token_url?: string
  resources?: BolResourceName[]
  status?: BolAccountStatus
  last_error?: string | null
}

/** What one write of synced data did. */
export type UpsertResult = {
  /** Rows written (inserted or updated). */
  upserted: number
  /** bol ids that had no row before. */
  inserted: string[]
}

export type StartRunInput = {
  account_id: string
  resource: string
  trigger: "schedule" | "manual"
  pending_units?: number
  cursor?: Record<string, unknown> | null
}

/** Increments (may be negative for `pending_units`); `cursor` replaces the stored one. */
export type RunProgress = {
  pages?: number
  records?: number
  pending_units?: number
  cursor?: Record<string, unknown> | null
}

export type RunErrorInput = { unit: string; status?: number; message: string }

export type RunCounters = { id: string; status: string; pages: number; records: number; pending_units: number }
