import { MedusaError } from "@medusajs/framework/utils"
import type { BolSyncRunRow, BolSyncStore } from "./store"

export type { BolSyncRunRow }
import { BOL_RESOURCE_NAMES, bolResource, isBolResourceName, listIterations, type BolResourceDefinition } from "../client/resources"
import { systemClock, type Clock } from "../client/clock"
import type { BolSyncSettings } from "../../../options/bol"
import type { ListPageUnit } from "./units"

export type StartBolSyncInput = {
  account_id: string
  resource: string
  trigger: "schedule" | "manual"
}


/** A new run with its first units (a list page per walk), or the run already under way (`started: false`, no units). */
export type PlannedRun = { run: BolSyncRunRow; started: boolean; units: ListPageUnit[] }

/** The resource's definition, if the account may sync it now; otherwise a MedusaError saying why not. */
export async function assertSyncable(service: BolSyncStore, input: StartBolSyncInput): Promise<BolResourceDefinition> {
  if (!isBolResourceName(input.resource)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown bol.com resource "${input.resource}" (known: ${BOL_RESOURCE_NAMES.join(", ")})`
    )
  }
  let account = await service.retrieveAccount(input.account_id)
  if (account.status === "inactive" && input.trigger === "manual") {
    // Asking for a sync is asking for a re-check: if bol still refuses, the run turns it inactive again.
    account = await service.updateAccount(account.id, { status: "active", last_error: null })
  }
  if (account.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `bol.com account ${account.id} is ${account.status}; only active accounts are synced`
    )
  }
  if (!account.resources.includes(input.resource)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `bol.com account ${account.id} does not sync ${input.resource} (it syncs: ${account.resources.join(", ") || "nothing"})`
    )
  }
  return bolResource(input.resource)
}

/**
 * The run of (account, resource) still under way, if any. A running run
 * without progress for `staleAfterMs` belongs to a worker that died: it is
 * marked failed, and the new run resumes its work.
 */
export async function runningRun(
  service: BolSyncStore,
  input: StartBolSyncInput,
  staleAfterMs: number,
  clock: Clock = systemClock
): Promise<BolSyncRunRow | undefined> {
  const running = await service.listBolSyncRuns(
    { account_id: input.account_id, resource: input.resource, status: "running" },
    { order: { started_at: "DESC" } }
  )
  let live: BolSyncRunRow | undefined
  for (const run of running) {
    const idleMs = clock.now() - new Date(run.updated_at).getTime()
    if (idleMs < staleAfterMs) {
      live ??= run as BolSyncRunRow
      continue
    }
    const message = `no progress for ${Math.round(idleMs / 60_000)} min; marked failed (the next run resumes its work)`
    await service.recordRunError(run.id, { unit: "run", message })
    await service.finishRun(run.id, { status: "failed", error: `bol.com sync stalled: ${message}` })
  }
  return live
}

/**
 * Starts a run: one list walk per combination of the resource's query
 * parameters (shipments: FBR and FBB). Stubs earlier runs left without a
 * detail are queued by the list pages that show them, and the rest at the
 * end of the run (see `completeRun`).
 */
export async function planBolSyncRun(
  service: BolSyncStore,
  settings: BolSyncSettings,
  input: StartBolSyncInput
): Promise<PlannedRun> {
  const resource = await assertSyncable(service, input)
  const running = await runningRun(service, input, settings.staleAfterMs)
  if (running) {
    return { run: running, started: false, units: [] }
  }
  const walks = listIterations(resource)
  const run = await service.startRun({
    account_id: input.account_id,
    resource: resource.name,
    trigger: input.trigger,
    pending_units: walks.length,
  })
  const base = { run_id: run.id, account_id: input.account_id, resource: resource.name }
  const units: ListPageUnit[] = walks.map((query) => ({ ...base, kind: "list_page", query, page: 1, attempt: 0 }))
  return { run, started: true, units }
}
