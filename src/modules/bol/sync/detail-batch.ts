import { BolRequestError } from "../client/errors"
import { bolResource } from "../client/resources"
import type { AccountClient } from "./account-clients"
import { classifyFailure, type UnitFailure } from "./failures"
import { retryOrGiveUp } from "./reschedule"
import { isSince, resourceStore } from "./resource-store"
import { activeRun, addToRun, recordUnitError, settleUnit } from "./run-ledger"
import type { SyncDeps } from "./sync-deps"
import type { DetailBatchUnit } from "./units"

type Stop = { failure: UnitFailure; remaining: string[] }

/**
 * Fetches the details of a batch of ids one by one, each request holding a
 * slot of the account's budget, and stores them together. When the budget
 * runs out (or bol fails) part-way, what was fetched is stored and the unit
 * comes back later with the ids that are left.
 */
export async function runDetailBatchUnit(deps: SyncDeps, unit: DetailBatchUnit): Promise<void> {
  const resource = bolResource(unit.resource)
  const store = resourceStore(deps.service, resource)
  let account: AccountClient | undefined
  let ids = unit.ids
  try {
    const run = await activeRun(deps, unit.run_id)
    if (!run) {
      return
    }
    // An id can be queued twice in a run (new shipments at the head of a
    // list push entries onto the next page): whoever comes second skips it.
    const state = await store.syncState(unit.account_id, unit.ids)
    ids = unit.ids.filter((id) => !isSince(state.get(id)?.detailSyncedAt, run.started_at))
    account = await deps.clientFor(unit.account_id)
  } catch (error) {
    return retryWhole(deps, unit, classifyFailure(error), account)
  }

  const fetched: Record<string, unknown>[] = []
  const refused: { id: string; error: BolRequestError }[] = []
  const gone: string[] = []
  let stop: Stop | undefined
  for (let index = 0; index < ids.length; index++) {
    try {
      fetched.push(await account.client.detail(resource, ids[index]))
    } catch (error) {
      // A 403 refuses the account, not this id: the batch stops (and the account turns inactive).
      if (error instanceof BolRequestError && error.status === 404) {
        gone.push(ids[index]) // listed earlier, no longer served (aged out): not an error of the run
        continue
      }
      if (error instanceof BolRequestError && error.status !== 403) {
        refused.push({ id: ids[index], error }) // this id only
        continue
      }
      stop = { failure: classifyFailure(error), remaining: ids.slice(index) }
      break
    }
  }

  let stored = 0
  try {
    stored = fetched.length ? await store.saveDetails(unit.account_id, fetched) : 0
  } catch (error) {
    // Nothing was stored: every id that did not fail outright comes back.
    const refusedIds = new Set(refused.map((entry) => entry.id))
    stop = { failure: classifyFailure(error), remaining: ids.filter((id) => !refusedIds.has(id)) }
  }
  if (stored > 0 && deps.afterStore) {
    await deps.afterStore(resource.name, unit.account_id, fetched).catch((error) =>
      deps.logger.warn(`bol sync ${unit.run_id}: after storing ${resource.name}: ${(error as Error)?.message}`)
    )
  }
  if (gone.length) {
    await deps.service.settleGoneDetails(unit.account_id, resource.name, gone).catch((error) =>
      deps.logger.warn(`bol sync ${unit.run_id}: noting ${gone.length} detail(s) bol no longer serves: ${(error as Error)?.message}`)
    )
    deps.logger.info(`bol sync ${unit.run_id}: bol no longer serves ${gone.length} ${resource.name} detail(s) it listed (${gone.slice(0, 3).join(", ")}${gone.length > 3 ? ", …" : ""}); their list data is kept`)
  }
  for (const { id, error } of refused) {
    await recordUnitError(deps, unit, { status: error.status, message: error.message }, `detail ${resource.name} ${id}`)
  }

  if (!stop) {
    await settleUnit(deps, unit, { records: stored })
    return
  }
  await addToRun(deps, unit.run_id, { records: stored })
  // Progress made: the failure count starts over.
  const rest: DetailBatchUnit = { ...unit, ids: stop.remaining, attempt: stored > 0 ? 0 : unit.attempt }
  const outcome = await retryOrGiveUp(deps, rest, stop.failure, {
    account,
    group: resource.detailGroup,
    slots: rest.ids.length,
  })
  if (outcome === "given_up") {
    await settleUnit(deps, unit)
  }
}

async function retryWhole(
  deps: SyncDeps,
  unit: DetailBatchUnit,
  failure: UnitFailure,
  account: AccountClient | undefined
): Promise<void> {
  const resource = bolResource(unit.resource)
  const outcome = await retryOrGiveUp(deps, unit, failure, {
    account,
    group: resource.detailGroup,
    slots: unit.ids.length,
  })
  if (outcome === "given_up") {
    await settleUnit(deps, unit)
  }
}
