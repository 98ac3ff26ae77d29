import { bolResource, listIterations, recordId, type BolResourceDefinition } from "../client/resources"
import type { AccountClient } from "./account-clients"
import { classifyFailure, withJitter } from "./failures"
import { retryOrGiveUp } from "./reschedule"
import { resourceStore } from "./resource-store"
import { activeRun, settleUnit, type ActiveRun } from "./run-ledger"
import type { SyncDeps } from "./sync-deps"
import { detailUnits, type ListPageUnit } from "./units"

/**
 * One page of one list walk. A page with entries stores them (stubs), queues
 * the next page and detail batches for the ids that still need a detail; an
 * empty page (`{}`) ends the walk.
 */
export async function runListPageUnit(deps: SyncDeps, unit: ListPageUnit): Promise<void> {
  const resource = bolResource(unit.resource)
  let account: AccountClient | undefined
  try {
    const run = await activeRun(deps, unit.run_id)
    if (!run) {
      return
    }
    account = await deps.clientFor(unit.account_id)
    const backlogWaitMs = detailBacklogWait(deps, run, resource, account)
    if (backlogWaitMs > 0) {
      await deps.emit([unit], withJitter(backlogWaitMs))
      return
    }
    const page = await account.client.list(resource, unit.query, unit.page)
    if (page.empty) {
      await settleUnit(deps, unit, { pages: 1 })
      return
    }
    const store = resourceStore(deps.service, resource)
    await store.saveListPage(unit.account_id, page.items, unit.query)
    const ids = [...new Set(page.items.map((entry) => recordId(resource, entry)).filter((id): id is string => !!id))]
    const state = await store.syncState(unit.account_id, ids)
    const needDetail = ids.filter((id) => !state.get(id)?.detailSyncedAt)
    const next: ListPageUnit = { ...unit, page: unit.page + 1, attempt: 0 }
    const batches = detailUnits(
      { run_id: unit.run_id, account_id: unit.account_id, resource: unit.resource },
      needDetail,
      deps.settings.batchSize
    )
    await settleUnit(deps, unit, { pages: 1 }, [next, ...batches])
  } catch (error) {
    const outcome = await retryOrGiveUp(deps, unit, classifyFailure(error), {
      account,
      group: resource.listGroup,
      slots: 1,
    })
    if (outcome === "given_up") {
      await settleUnit(deps, unit)
    }
  }
}

/**
 * Listing is cheap and quick; fetching details is slow (50 a minute for
 * shipments). Left alone, the walks would queue thousands of detail batches
 * that all compete for the same budget. So a walk waits while more detail
 * work is queued than two full buckets, for about as long as one batch takes.
 * Walking slowly is safe: new entries arrive at the head of the list and
 * only push older ones onto later pages (seen twice, never missed).
 */
function detailBacklogWait(deps: SyncDeps, run: ActiveRun, resource: BolResourceDefinition, account: AccountClient): number {
  const walks = listIterations(resource).length
  const queuedBatches = run.pending_units - walks
  const detailLimit = account.limit(resource.detailGroup)
  const allowed = Math.max(4, Math.ceil((2 * detailLimit.maxCapacity) / deps.settings.batchSize))
  if (queuedBatches <= allowed) {
    return 0
  }
  return deps.settings.batchSize * account.intervalMs(resource.detailGroup)
}
