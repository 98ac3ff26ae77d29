import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { BOL_MODULE } from "../../modules/bol"
import type BolModuleService from "../../modules/bol/service"
import { BOL_FULFILLMENT_PROVIDER_ID } from "./shop-bol-option"

type Label = { id: string; tracking_number: string; tracking_url: string; label_url: string }

async function latestTrackAndTrace(service: BolModuleService, accountId: string, bolOrderId: string) {
  const [shipment] = await service.listBolShipments(
    { account_id: accountId, order_id: bolOrderId, track_and_trace: { $ne: null } } as any,
    { take: 1, order: { shipment_date: "DESC" }, select: ["id", "track_and_trace"] as any }
  )
  return (shipment?.track_and_trace as string | null | undefined) ?? null
}

async function bolFulfillmentsOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.provider_id", "fulfillments.canceled_at", "fulfillments.labels.*"],
    filters: { id: orderId },
  })
  return (((data[0] as any)?.fulfillments ?? []) as any[]).filter(
    (fulfillment) => fulfillment.provider_id === BOL_FULFILLMENT_PROVIDER_ID && !fulfillment.canceled_at
  )
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
    for (const fulfillment of await bolFulfillmentsOf(container, link.order_id)) {
      const [label] = (fulfillment.labels ?? []) as Label[]
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
