import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOL_MODULE, BOL_SHIPMENTS_STORED_EVENT, type BolShipmentsStoredData } from "../modules/bol"
import type BolModuleService from "../modules/bol/service"
import { applyBolTrackingWorkflow } from "../workflows/bol-tracking/apply-bol-tracking"

/** Synced bol transport data updates the tracking number of linked Medusa orders' bol fulfillments. */
export default async function bolTrackingToFulfillments({ event, container }: SubscriberArgs<BolShipmentsStoredData>) {
  const { account_id, bol_order_ids } = event.data
  // A sync stores thousands of batches whose bol orders no Medusa order is linked to: one
  // indexed query answers that, instead of a workflow run per batch with nothing to update.
  const [linked] = bol_order_ids.length
    ? await container
        .resolve<BolModuleService>(BOL_MODULE)
        .listBolOrderLinks({ account_id, bol_order_id: bol_order_ids }, { select: ["id"], take: 1 })
    : []
  if (!linked) {
    return
  }
  const { result: changed } = await applyBolTrackingWorkflow(container).run({ input: { account_id, bol_order_ids } })
  if (changed) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`bol.com tracking: ${changed} fulfillment(s) of account ${account_id} updated`)
  }
}

export const config: SubscriberConfig = {
  event: BOL_SHIPMENTS_STORED_EVENT,
  context: { subscriberId: "bol-tracking-to-fulfillments" },
}
