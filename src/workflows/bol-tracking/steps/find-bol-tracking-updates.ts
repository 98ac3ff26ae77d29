import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bolFulfillmentsOfOrder } from "../../bol-orders/utils/order-fulfillments"
import { BOL_MODULE } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"

export type TrackingLabel = { id?: string; tracking_number: string; tracking_url: string; label_url: string }
export type TrackingUpdate = { fulfillment_id: string; label: TrackingLabel; previous: TrackingLabel | null }

async function latestTrackAndTrace(service: BolModuleService, accountId: string, bolOrderId: string) {
  const [shipment] = await service.listBolShipments(
    { account_id: accountId, order_id: bolOrderId, track_and_trace: { $ne: null } },
    { take: 1, order: { shipment_date: "DESC" }, select: ["id", "track_and_trace"] }
  )
  return (shipment?.track_and_trace as string | null | undefined) ?? null
}

/**
 * For the Medusa orders linked to these bol orders: each live bol fulfillment
 * whose label does not carry the newest synced track-and-trace code yet.
 */
export const findBolTrackingUpdatesStep = createStep(
  "find-bol-tracking-updates",
  async (input: { account_id: string; bol_order_ids: string[] }, { container }) => {
    const updates: TrackingUpdate[] = []
    if (!input.bol_order_ids.length) return new StepResponse(updates)
    const service = container.resolve<BolModuleService>(BOL_MODULE)
    const links = await service.listBolOrderLinks({ account_id: input.account_id, bol_order_id: input.bol_order_ids })
    for (const link of links) {
      const code = await latestTrackAndTrace(service, input.account_id, link.bol_order_id)
      if (!code) continue
      const live = (await bolFulfillmentsOfOrder(container, link.order_id)).filter((fulfillment) => !fulfillment.canceled_at)
      for (const fulfillment of live) {
        const [label] = fulfillment.labels
        if (label?.tracking_number === code) continue
        updates.push({
          fulfillment_id: fulfillment.id,
          label: label
            ? { id: label.id, tracking_number: code, tracking_url: label.tracking_url, label_url: label.label_url }
            : { tracking_number: code, tracking_url: "", label_url: "" },
          previous: label
            ? { id: label.id, tracking_number: label.tracking_number, tracking_url: label.tracking_url, label_url: label.label_url }
            : null,
        })
      }
    }
    return new StepResponse(updates)
  }
)
