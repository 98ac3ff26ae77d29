import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BOL_MODULE, BOL_SYNC_DETAIL_BATCH_EVENT, type DetailBatchUnit } from "../modules/bol"
import type BolModuleService from "../modules/bol/service"

/** Runs one "detail batch" unit of a bol.com sync (see src/modules/bol/sync/README.md). */
export default async function bolSyncDetailBatch({ event, container }: SubscriberArgs<DetailBatchUnit>) {
  await container.resolve<BolModuleService>(BOL_MODULE).runSyncUnit(event.data)
}

export const config: SubscriberConfig = {
  event: BOL_SYNC_DETAIL_BATCH_EVENT,
  context: { subscriberId: "bol-sync-detail-batch" },
}
