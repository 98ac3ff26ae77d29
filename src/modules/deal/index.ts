import { Module } from "@medusajs/framework/utils"
import DealModuleService from "./service"

export const DEAL_MODULE = "deal"

export default Module(DEAL_MODULE, {
  service: DealModuleService,
})

export { DealError, type DealErrorCode } from "./errors"
export type { ClaimRequest, DealChanges, DealDraft } from "./service"
export type { WaitlistOffer } from "./repositories/deal-sql"
export { dealState, dealTermsProblem, MAX_DEAL_HOURS, occurrenceWindow, percentClaimed, utcDate, type DealState } from "./utils/deal-rules"
