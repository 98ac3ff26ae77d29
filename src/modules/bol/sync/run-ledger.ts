import { completeRun } from "./complete-run"
import type { SyncDeps } from "./sync-deps"
import { describeUnit, type SyncUnit } from "./units"

/** What a unit needs to know about its run. */
export type ActiveRun = { id: string; status: string; started_at: Date; pending_units: number }

/** The run, or nothing when it is gone or no longer running (its queued units are then dropped). */
export async function activeRun(deps: SyncDeps, runId: string): Promise<ActiveRun | undefined> {
  const [run] = await deps.service.listBolSyncRuns({ id: runId }, {
    select: ["id", "status", "started_at", "pending_units"],
    take: 1,
  })
  return run && run.status === "running" ? (run as unknown as ActiveRun) : undefined
}

/**
 * Adds to a run's counters (`pending` may be negative); when no unit is left,
 * completes the run. Exactly one caller sees the count reach zero: the update
 * is one SQL statement.
 */
export async function addToRun(
  deps: SyncDeps,
  runId: string,
  change: { pending?: number; pages?: number; records?: number }
): Promise<void> {
  if (!change.pending && !change.pages && !change.records) {
    return
  }
  const counters = await deps.service.recordRunProgress(runId, {
    pages: change.pages ?? 0,
    records: change.records ?? 0,
    pending_units: change.pending ?? 0,
  })
  if ((change.pending ?? 0) < 0 && counters.pending_units === 0 && counters.status === "running") {
    await completeRun(deps, runId)
  }
}

/**
 * A unit is done: adds its counts and the units it spawned to the run
 * (completing the run when nothing is left), then queues the spawned units.
 * Counting them first means the run cannot reach zero while they are on their way.
 */
export async function settleUnit(
  deps: SyncDeps,
  unit: SyncUnit,
  done: { pages?: number; records?: number } = {},
  spawned: SyncUnit[] = []
): Promise<void> {
  await addToRun(deps, unit.run_id, { ...done, pending: spawned.length - 1 })
  if (spawned.length === 0) {
    return
  }
  try {
    await deps.emit(spawned)
  } catch (error) {
    // They will never run: record why and take them off the count.
    const message = error instanceof Error ? error.message : String(error)
    await recordUnitError(deps, unit, { message: `could not queue ${spawned.length} unit(s): ${message}` })
    await addToRun(deps, unit.run_id, { pending: -spawned.length })
  }
}

/** Records a unit's failure on its run and in the log (status and a short message; never a secret). */
export async function recordUnitError(
  deps: SyncDeps,
  unit: SyncUnit,
  failure: { status?: number; message: string },
  what = describeUnit(unit)
): Promise<void> {
  deps.logger.warn(`bol sync ${unit.run_id} ${what}: ${failure.status ?? "no answer"} ${failure.message}`)
  await deps.service.recordRunError(unit.run_id, { unit: what, status: failure.status, message: failure.message })
}
