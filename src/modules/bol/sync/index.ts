/**
 * The bol.com sync engine: units on Medusa's event bus (see README.md). The
 * bol module's service runs it (`planSyncRun`, `runSyncUnit`); start a sync
 * with `startBolSyncWorkflow` (src/workflows/bol-sync).
 */
export { type PlannedRun, type StartBolSyncInput } from "./plan-run"
export {
  BOL_SYNC_DETAIL_BATCH_EVENT,
  BOL_SYNC_LIST_PAGE_EVENT,
  type DetailBatchUnit,
  type ListPageUnit,
  type SyncUnit,
} from "./units"
export { BOL_SHIPMENTS_STORED_EVENT, type BolShipmentsStoredData } from "./shipments-stored"
