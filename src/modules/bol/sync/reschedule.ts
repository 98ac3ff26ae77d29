import type { BolRateLimitGroup } from "../client/rate-limit-groups"
import type { AccountClient } from "./account-clients"
import { backoffMs, withJitter, type UnitFailure } from "./failures"
import { recordUnitError } from "./run-ledger"
import type { SyncDeps } from "./sync-deps"
import type { SyncUnit } from "./units"

/** Where the unit was when it failed, for pacing its return. */
export type FailureContext = {
  account?: AccountClient
  /** The endpoint group the unit was spending. */
  group: BolRateLimitGroup
  /** Requests the unit will send when it is back. */
  slots: number
}

/**
 * Emits `unit` again after the right delay, or gives it up:
 * - out of budget: back when its requests are there (the wake queue), no attempt counted;
 * - transient: exponential backoff, until `maxAttempts`, then the error is recorded;
 * - permanent: the error is recorded at once.
 * Answers whether the unit lives on; a unit given up must still be settled by the caller.
 */
export async function retryOrGiveUp(
  deps: SyncDeps,
  unit: SyncUnit,
  failure: UnitFailure,
  context: FailureContext
): Promise<"retried" | "given_up"> {
  if (failure.kind === "budget") {
    const delay = await budgetDelay(deps, failure, context)
    if (failure.fromServer) {
      deps.logger.warn(`bol sync ${unit.run_id}: bol answered 429 (${failure.group ?? "token"}); retrying in ${delay} ms`)
    }
    await deps.emit([unit], withJitter(delay))
    return "retried"
  }
  if (failure.kind === "permanent" || unit.attempt + 1 >= deps.settings.maxAttempts) {
    await recordUnitError(deps, unit, failure)
    if (failure.kind === "permanent" && failure.credentialsRefused) {
      await markCredentialsInvalid(deps, unit.account_id, failure.message)
    }
    if (failure.kind === "permanent" && failure.accountInactive) {
      await markAccountInactive(deps, unit.account_id, failure.message)
    }
    return "given_up"
  }
  const delay = backoffMs(unit.attempt, deps.settings.retryBaseMs, failure.hintMs)
  deps.logger.warn(
    `bol sync ${unit.run_id}: attempt ${unit.attempt + 1} of ${deps.settings.maxAttempts} failed (${failure.status ?? "no answer"} ${failure.message}); retrying in ${delay} ms`
  )
  await deps.emit([{ ...unit, attempt: unit.attempt + 1 }], withJitter(delay))
  return "retried"
}

async function budgetDelay(
  deps: SyncDeps,
  failure: Extract<UnitFailure, { kind: "budget" }>,
  context: FailureContext
): Promise<number> {
  // A 429 from the token endpoint names no group: just wait what it said.
  if (!context.account || failure.group !== context.group) {
    return failure.retryInMs
  }
  return deps.pacer.reserve({
    key: `${context.account.budgetKey}:${context.group}`,
    retryInMs: failure.retryInMs,
    slots: context.slots,
    intervalMs: context.account.intervalMs(context.group),
  })
}

/**
 * bol's token server refused the account's credentials: the account stops
 * being synced (the schedule only takes active accounts) until its seller
 * connects it again, and operators see why.
 */
async function markCredentialsInvalid(deps: SyncDeps, accountId: string, message: string): Promise<void> {
  await deps.service.updateAccount(accountId, { status: "invalid_credentials", last_error: message })
  deps.logger.warn(`bol account ${accountId}: bol.com refused its credentials; syncing stopped until it is connected again`)
}

/**
 * bol answered 403: the retailer account is not active at bol.com. Like
 * refused credentials, the account leaves the schedule with the reason shown
 * to operators and the seller, until the seller connects it again or asks for
 * a re-check (a manual sync).
 */
async function markAccountInactive(deps: SyncDeps, accountId: string, message: string): Promise<void> {
  await deps.service.updateAccount(accountId, { status: "inactive", last_error: message })
  deps.logger.warn(`bol account ${accountId}: bol.com says the retailer account is not active; syncing stopped until a re-check`)
}
