import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOL_SHIPMENTS_STORED_EVENT, type BolShipmentsStoredData } from "../modules/bol"
import { applyBolTrackingWorkflow } from "../workflows/bol-tracking/apply-bol-tracking"

/** Synced bol transport data updates the tracking number of linked Medusa orders' bol fulfillments. */
export default async function bolTrackingToFulfillments({ event, container }: SubscriberArgs<BolShipmentsStoredData>) {
  const { result: changed } = await applyBolTrackingWorkflow(container).run({
    input: { account_id: event.data.account_id, bol_order_ids: event.data.bol_order_ids },
  })
  if (changed) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`bol.com tracking: ${changed} fulfillment(s) of account ${event.data.account_id} updated`)
  }
}

export const config: SubscriberConfig = {
  event: BOL_SHIPMENTS_STORED_EVENT,
  context: { subscriberId: "bol-tracking-to-fulfillments" },
}
