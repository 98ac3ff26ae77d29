import { MedusaError } from "@medusajs/framework/utils"

export type DealOptions = {
  /** How long a claimed deal unit is held in a buyer's cart, in minutes (default 15, as Amazon). */
  claimMinutes?: number
  /** How long the first buyer in a waitlist may claim a unit offered to them, in minutes (default 10). */
  waitlistOfferMinutes?: number
  /**
   * How long a deal order may wait for an operator's approval, in hours, before it is rejected
   * automatically (default 72; keep it below the card authorization's validity, about 7 days).
   */
  approvalWindowHours?: number
}

export type ResolvedDealOptions = Required<DealOptions>

export const DEFAULT_DEAL_OPTIONS: ResolvedDealOptions = {
  claimMinutes: 15,
  waitlistOfferMinutes: 10,
  approvalWindowHours: 72,
}

function positive(name: keyof DealOptions, value: unknown, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Bazaar option deals.${name} must be a number above 0 and at most ${max} (got ${JSON.stringify(value)})`
    )
  }
  return value
}

/** Fills defaults and rejects invalid deals options with a message naming the option. */
export function resolveDealOptions(options: DealOptions = {}): ResolvedDealOptions {
  return {
    claimMinutes: positive("claimMinutes", options.claimMinutes ?? DEFAULT_DEAL_OPTIONS.claimMinutes, 24 * 60),
    waitlistOfferMinutes: positive(
      "waitlistOfferMinutes",
      options.waitlistOfferMinutes ?? DEFAULT_DEAL_OPTIONS.waitlistOfferMinutes,
      24 * 60
    ),
    approvalWindowHours: positive(
      "approvalWindowHours",
      options.approvalWindowHours ?? DEFAULT_DEAL_OPTIONS.approvalWindowHours,
      7 * 24
    ),
  }
}

/** The deals options of app mode, read from the environment. */
export function dealsOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DealOptions {
  const options: DealOptions = {}
  if (env.BAZAAR_DEAL_CLAIM_MINUTES) options.claimMinutes = Number(env.BAZAAR_DEAL_CLAIM_MINUTES)
  if (env.BAZAAR_DEAL_WAITLIST_OFFER_MINUTES) options.waitlistOfferMinutes = Number(env.BAZAAR_DEAL_WAITLIST_OFFER_MINUTES)
  if (env.BAZAAR_DEAL_APPROVAL_WINDOW_HOURS) options.approvalWindowHours = Number(env.BAZAAR_DEAL_APPROVAL_WINDOW_HOURS)
  return options
}

/**
 * Whether the deal jobs (sweep, daily refresh, approval deadline) run:
 * `BAZAAR_DEAL_JOBS=off|on`; under NODE_ENV=test they are off unless set, so
 * that a job never races a test's database reset (tests run the workflows).
 */
export function dealJobsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.BAZAAR_DEAL_JOBS
  if (value === "on") return true
  if (value === "off") return false
  if (value !== undefined && value !== "") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `BAZAAR_DEAL_JOBS must be on or off (got ${JSON.stringify(value)})`)
  }
  return env.NODE_ENV !== "test"
}
