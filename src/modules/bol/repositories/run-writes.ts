import type { RunCounters, RunErrorInput, RunProgress, SqlManager } from "../types"

/** A run keeps its first errors; later ones would only repeat them. */
export const MAX_RUN_ERRORS = 100
const MAX_MESSAGE_LENGTH = 500

const PROGRESS = `
UPDATE bol_sync_run
   SET pages = pages + ?, records = records + ?, pending_units = GREATEST(0, pending_units + ?),
       cursor = CASE WHEN ?::boolean THEN ?::jsonb ELSE cursor END, updated_at = now()
 WHERE id = ? AND deleted_at IS NULL
RETURNING id, status, pages, records, pending_units`

const APPEND_ERROR = `
UPDATE bol_sync_run
   SET errors = CASE WHEN jsonb_array_length(errors) >= ${MAX_RUN_ERRORS} THEN errors ELSE errors || ?::jsonb END,
       updated_at = now()
 WHERE id = ? AND deleted_at IS NULL
RETURNING id`

const FINISH = `
UPDATE bol_sync_run SET status = ?, finished_at = now(), updated_at = now()
 WHERE id = ? AND status = 'running' AND deleted_at IS NULL
RETURNING account_id, finished_at`

const ACCOUNT_AFTER_SUCCESS = `
UPDATE bol_account SET last_sync_at = ?::timestamptz, last_error = NULL, updated_at = now() WHERE id = ?`

const ACCOUNT_AFTER_FAILURE = `UPDATE bol_account SET last_error = ?, updated_at = now() WHERE id = ?`

function whole(value: number | undefined): number {
  return Number.isFinite(value) ? Math.trunc(value as number) : 0
}

/** Adds to a run's counters in one statement (safe with many workers on one run). */
export async function addRunProgress(manager: SqlManager, runId: string, progress: RunProgress): Promise<RunCounters | undefined> {
  const replaceCursor = progress.cursor !== undefined
  const [row] = await manager.execute(PROGRESS, [
    whole(progress.pages),
    whole(progress.records),
    whole(progress.pending_units),
    replaceCursor,
    replaceCursor && progress.cursor !== null ? JSON.stringify(progress.cursor) : null,
    runId,
  ])
  return row
}

export async function appendRunError(manager: SqlManager, runId: string, error: RunErrorInput, at: Date): Promise<void> {
  const entry = {
    at: at.toISOString(),
    unit: error.unit,
    ...(error.status !== undefined ? { status: error.status } : {}),
    message: error.message.slice(0, MAX_MESSAGE_LENGTH),
  }
  await manager.execute(APPEND_ERROR, [JSON.stringify([entry]), runId])
}

/**
 * Ends a running run (a finished one is left as it is) and records the
 * outcome on its account: the sync time on success, the error on failure.
 */
export async function endRun(
  manager: SqlManager,
  runId: string,
  status: "succeeded" | "failed",
  error?: string
): Promise<boolean> {
  const [ended] = await manager.execute(FINISH, [status, runId])
  if (!ended) {
    return false
  }
  if (status === "succeeded") {
    await manager.execute(ACCOUNT_AFTER_SUCCESS, [new Date(ended.finished_at).toISOString(), ended.account_id])
  } else {
    await manager.execute(ACCOUNT_AFTER_FAILURE, [(error ?? "Sync failed").slice(0, MAX_MESSAGE_LENGTH), ended.account_id])
  }
  return true
}
