import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runDetailBatchUnit } from "../lib/bol-sync/detail-batch"
import { syncDepsFrom } from "../lib/bol-sync/medusa-deps"
import { BOL_SYNC_DETAIL_BATCH_EVENT, describeUnit, type DetailBatchUnit } from "../lib/bol-sync/units"

/** Runs one "detail batch" unit of a bol.com sync (see src/lib/bol-sync/README.md). */
export default async function bolSyncDetailBatch({ event, container }: SubscriberArgs<DetailBatchUnit>) {
  const deps = syncDepsFrom(container)
  try {
    await runDetailBatchUnit(deps, event.data)
  } catch (error) {
    // Only reached when even recording the failure failed (database down); the run goes stale.
    deps.logger.error(`bol sync ${event.data.run_id} ${describeUnit(event.data)} lost: ${(error as Error)?.message}`)
  }
}

export const config: SubscriberConfig = {
  event: BOL_SYNC_DETAIL_BATCH_EVENT,
  context: { subscriberId: "bol-sync-detail-batch" },
}
