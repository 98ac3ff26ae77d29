import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BOL_MODULE, BOL_SYNC_LIST_PAGE_EVENT, type ListPageUnit } from "../modules/bol"
import type BolModuleService from "../modules/bol/service"

/** Runs one "list page" unit of a bol.com sync (see src/modules/bol/sync/README.md). */
export default async function bolSyncListPage({ event, container }: SubscriberArgs<ListPageUnit>) {
  await container.resolve<BolModuleService>(BOL_MODULE).runSyncUnit(event.data)
}

export const config: SubscriberConfig = {
  event: BOL_SYNC_LIST_PAGE_EVENT,
  context: { subscriberId: "bol-sync-list-page" },
}
