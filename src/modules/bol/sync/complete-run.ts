import { bolResource } from "../client/resources"
import { isSince, resourceStore, type SyncState } from "./resource-store"
import type { SyncDeps } from "./sync-deps"
import { chunk, detailUnits, type DetailBatchUnit } from "./units"

type RunRow = {
  id: string
  account_id: string
  resource: string
  status: string
  started_at: Date
  cursor: Record<string, unknown> | null
  errors: { unit: string; message: string }[] | null
  pages: number
  records: number
}

/**
 * Every unit of the run is done. Before it ends, one more round: stubs still
 * without a detail that no list showed during this run (left by an earlier
 * run that died, or no longer listed) get detail batches. Ids the lists did
 * show were queued by the list pages themselves, so no id is queued twice.
 * The second time the run gets here, it ends.
 */
export async function completeRun(deps: SyncDeps, runId: string): Promise<void> {
  const run = (await deps.service.retrieveBolSyncRun(runId, {
    select: ["id", "account_id", "resource", "status", "started_at", "cursor", "errors", "pages", "records"],
  })) as unknown as RunRow
  if (run.status !== "running") {
    return
  }
  if (run.cursor?.leftovers_queued === undefined) {
    const leftovers = await leftoverUnits(deps, run)
    await deps.service.recordRunProgress(run.id, {
      pending_units: leftovers.length,
      cursor: { leftovers_queued: leftovers.reduce((sum, unit) => sum + unit.ids.length, 0) },
    })
    if (leftovers.length > 0) {
      try {
        await deps.emit(leftovers)
        return
      } catch (error) {
        const message = `could not queue ${leftovers.length} unit(s): ${error instanceof Error ? error.message : String(error)}`
        await deps.service.recordRunError(run.id, { unit: "leftover details", message })
        await deps.service.recordRunProgress(run.id, { pending_units: -leftovers.length })
        run.errors = [...(run.errors ?? []), { unit: "leftover details", message }]
      }
    }
  }
  await finishRun(deps, run)
}

async function leftoverUnits(deps: SyncDeps, run: RunRow): Promise<DetailBatchUnit[]> {
  const store = resourceStore(deps.service, bolResource(run.resource))
  const missing = await store.missingDetail(run.account_id, deps.settings.sweepLimit)
  const states = new Map<string, SyncState>()
  for (const ids of chunk(missing, 1000)) {
    for (const [id, state] of await store.syncState(run.account_id, ids)) {
      states.set(id, state)
    }
  }
  const unlisted = missing.filter((id) => !isSince(states.get(id)?.listSeenAt, run.started_at))
  return detailUnits({ run_id: run.id, account_id: run.account_id, resource: run.resource }, unlisted, deps.settings.batchSize)
}

/**
 * Ends the run. A run that recorded errors (a unit given up after its
 * retries, a refused request) ends `failed`: some data may be missing, and
 * the next run fetches it. Otherwise it ends `succeeded`.
 */
async function finishRun(deps: SyncDeps, run: RunRow): Promise<void> {
  const errors = run.errors ?? []
  if (errors.length === 0) {
    await deps.service.finishRun(run.id, { status: "succeeded" })
    deps.logger.info(`bol sync ${run.id} succeeded: ${run.pages} pages, ${run.records} details`)
    return
  }
  const first = errors[0]
  const summary = `${errors.length} unit error(s); first: ${first.unit}: ${first.message}`
  await deps.service.finishRun(run.id, { status: "failed", error: summary })
  deps.logger.warn(`bol sync ${run.id} failed: ${summary}`)
}
