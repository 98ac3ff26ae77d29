import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bolSyncSchedule } from "../options/bol"
import { BOL_MODULE } from "../modules/bol"
import type BolModuleService from "../modules/bol/service"
import { startBolSyncWorkflow } from "../workflows/bol-sync/start-bol-sync"

/**
 * Starts a sync of every resource each active bol.com account syncs. A pair
 * whose run is still going keeps that run. Every 15 minutes by default;
 * BAZAAR_BOL_SYNC_SCHEDULE takes a cron expression, a number of milliseconds,
 * or "off" (under NODE_ENV=test it is off unless set).
 */
export default async function bolSyncJob(container: MedusaContainer) {
  if (!bolSyncSchedule().enabled) {
    return
  }
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<BolModuleService>(BOL_MODULE)
  const accounts = await service.listAccounts({ status: "active" })
  for (const account of accounts) {
    for (const resource of account.resources) {
      try {
        await startBolSyncWorkflow(container).run({
          input: { account_id: account.id, resource, trigger: "schedule" },
        })
      } catch (error) {
        logger.warn(`bol sync of ${resource} for account ${account.id} not started: ${(error as Error)?.message}`)
      }
    }
  }
}

export const config = {
  name: "bol-sync",
  schedule: bolSyncSchedule().schedule,
}
