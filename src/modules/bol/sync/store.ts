import type { FindConfig } from "@medusajs/framework/types"
import type { PresentedBolAccount } from "../present-account"
import type { RunCounters, RunErrorInput, RunProgress, StartRunInput, UpdateBolAccountInput, UpsertResult } from "../types"

type Row = Record<string, any>

/** A sync run as stored (`bol_sync_run`). */
export type BolSyncRunRow = {
  id: string
  account_id: string
  resource: string
  trigger: string
  status: string
  started_at: Date | string
  updated_at: Date | string
  pending_units: number
  pages: number
  records: number
  cursor: Record<string, unknown> | null
  errors: unknown
}

/**
 * What the sync engine reads and writes: the bol module's service, seen
 * through the methods the engine uses (so that the engine does not import the
 * service that runs it).
 */
export interface BolSyncStore {
  retrieveAccount(id: string): Promise<PresentedBolAccount>
  updateAccount(id: string, input: UpdateBolAccountInput): Promise<PresentedBolAccount>
  startRun(input: StartRunInput): Promise<BolSyncRunRow>
  listBolSyncRuns(filters: Row, config?: FindConfig<any>): Promise<Row[]>
  retrieveBolSyncRun(id: string, config?: FindConfig<any>): Promise<Row>
  recordRunProgress(runId: string, progress: RunProgress): Promise<RunCounters>
  recordRunError(runId: string, error: RunErrorInput): Promise<void>
  finishRun(runId: string, outcome?: { status?: "succeeded" | "failed"; error?: string }): Promise<unknown>
  upsertShipmentDetails(accountId: string, details: Row[], options?: { synced_at?: Date }): Promise<UpsertResult>
  markShipmentsSeen(accountId: string, entries: Row[], options?: { fulfilment_method?: string; seen_at?: Date }): Promise<UpsertResult>
  shipmentsMissingDetail(accountId: string, limit?: number): Promise<string[]>
  upsertRecords(accountId: string, resource: string, entries: Row[], options: { detail: boolean; at?: Date }): Promise<UpsertResult>
  recordsMissingDetail(accountId: string, resource: string, limit?: number): Promise<string[]>
  settleGoneDetails(accountId: string, resource: string, ids: string[]): Promise<void>
  listBolShipments(filters: Row, config?: FindConfig<any>): Promise<Row[]>
  listBolRecords(filters: Row, config?: FindConfig<any>): Promise<Row[]>
}
