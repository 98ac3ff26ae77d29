import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { utcDate } from "../../../modules/deal"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

/** Runs the daily refresh of the UTC date on the deals' clock (the database's), whatever the server's `TZ`. */
export const refreshDealsStep = createStep("refresh-deals", async (input: { date?: string }, { container }) => {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const date = input.date ?? utcDate(await deals.now())
  const result = await deals.refreshDaily(date)
  return new StepResponse({
    date,
    ran: result.ran,
    ended_deals: result.ran ? result.settled.ended_deals : [],
    started_occurrences: result.ran ? result.started_occurrences : [],
    offers: result.ran ? result.settled.offers : [],
  })
})
