/**
 * The bol.com sync engine: units on Medusa's event bus (see README.md).
 * Start a sync with `startBolSyncWorkflow` (src/workflows/bol-sync).
 */
export { bolSyncSettings, DEFAULT_SCHEDULE, type BolSyncSettings } from "./settings"
export { closeBolSyncConnections } from "./process-connections"
export { planBolSyncRun, type PlannedRun, type StartBolSyncInput } from "./plan-run"
export { runDetailBatchUnit } from "./detail-batch"
export { runListPageUnit } from "./list-page"
export {
  BOL_SYNC_DETAIL_BATCH_EVENT,
  BOL_SYNC_LIST_PAGE_EVENT,
  type DetailBatchUnit,
  type ListPageUnit,
  type SyncUnit,
} from "./units"
