import type { MedusaContainer } from "@medusajs/framework/types"
import { dealJobsEnabled } from "../options/deals"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshDealsDailyWorkflow } from "../workflows/deals/refresh-deals-daily"

/**
 * The daily deal refresh. Cron runs in the server's time zone, so the job
 * runs every hour and the workflow refreshes the UTC date on the database's
 * clock once: whatever `TZ` is, the date turns at 00:00 UTC and the first run
 * after it does the work (a second run, or a second worker, changes nothing).
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

export const config = { name: "bazaar-deal-daily-refresh", schedule: "0 * * * *" }
