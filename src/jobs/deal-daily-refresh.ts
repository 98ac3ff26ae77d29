import type { MedusaContainer } from "@medusajs/framework/types"
import { dealJobsEnabled } from "../options/deals"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshDealsDailyWorkflow } from "../workflows/deals/refresh-deals-daily"

/**
 * The daily deal refresh. Cron runs in the server's time zone, whose offset
 * from UTC is a multiple of 15 minutes in every real zone, so a run every
 * quarter hour falls on 00:00 UTC exactly wherever the server is; the
 * workflow refreshes the UTC date of the database's clock once (a later run
 * of the same date, or a second worker, changes nothing).
 */
export default async function dealDailyRefreshJob(container: MedusaContainer) {
  if (!dealJobsEnabled()) return
  const { result } = await refreshDealsDailyWorkflow(container).run({ input: {} })
  if (result.ran) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Bazaar deals: refreshed ${result.date} (UTC): ${result.ended_deals.length} ended, ${result.started_occurrences.length} daily deal(s) started`)
  }
}

export const config = { name: "bazaar-deal-daily-refresh", schedule: "*/15 * * * *" }
