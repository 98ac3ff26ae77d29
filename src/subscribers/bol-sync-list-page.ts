import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runListPageUnit } from "../lib/bol-sync/list-page"
import { syncDepsFrom } from "../lib/bol-sync/medusa-deps"
import { BOL_SYNC_LIST_PAGE_EVENT, describeUnit, type ListPageUnit } from "../lib/bol-sync/units"

/** Runs one "list page" unit of a bol.com sync (see src/lib/bol-sync/README.md). */
export default async function bolSyncListPage({ event, container }: SubscriberArgs<ListPageUnit>) {
  const deps = syncDepsFrom(container)
  try {
    await runListPageUnit(deps, event.data)
  } catch (error) {
    // Only reached when even recording the failure failed (database down); the run goes stale.
    deps.logger.error(`bol sync ${event.data.run_id} ${describeUnit(event.data)} lost: ${(error as Error)?.message}`)
  }
}

export const config: SubscriberConfig = {
  event: BOL_SYNC_LIST_PAGE_EVENT,
  context: { subscriberId: "bol-sync-list-page" },
}
