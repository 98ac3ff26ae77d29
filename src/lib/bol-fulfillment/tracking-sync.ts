import type { MedusaContainer } from "@medusajs/framework/types"
import { updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { BOL_MODULE } from "../../modules/bol"
import type BolModuleService from "../../modules/bol/service"
import { bolFulfillmentsOfOrder } from "./order-fulfillments"

async function latestTrackAndTrace(service: BolModuleService, accountId: string, bolOrderId: string) {
  const [shipment] = await service.listBolShipments(
    { account_id: accountId, order_id: bolOrderId, track_and_trace: { $ne: null } } as any,
    { take: 1, order: { shipment_date: "DESC" }, select: ["id", "track_and_trace"] as any }
  )
  return (shipment?.track_and_trace as string | null | undefined) ?? null
}

/**
 * Carries the newest track-and-trace code of synced bol shipments over to
 * the bol fulfillments of the Medusa orders linked to those bol orders.
 * Returns how many fulfillments changed.
 */
export async function applyBolTracking(container: MedusaContainer, accountId: string, bolOrderIds: string[]): Promise<number> {
  if (!bolOrderIds.length) return 0
  const service = container.resolve<BolModuleService>(BOL_MODULE)
  const links = await service.listBolOrderLinks({ account_id: accountId, bol_order_id: bolOrderIds } as any)
  let changed = 0
  for (const link of links) {
    const code = await latestTrackAndTrace(service, accountId, link.bol_order_id)
    if (!code) continue
    const live = (await bolFulfillmentsOfOrder(container, link.order_id)).filter((fulfillment) => !fulfillment.canceled_at)
    for (const fulfillment of live) {
      const [label] = fulfillment.labels
      if (label?.tracking_number === code) continue
      // The workflow hands its input to the Fulfillment module's
      // updateFulfillment, which takes labels; its input type omits them.
      await updateFulfillmentWorkflow(container).run({
        input: {
          id: fulfillment.id,
          labels: [
            label
              ? { id: label.id, tracking_number: code, tracking_url: label.tracking_url, label_url: label.label_url }
              : { tracking_number: code, tracking_url: "", label_url: "" },
          ],
        } as { id: string },
      })
      changed += 1
    }
  }
  return changed
}
