import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOL_FULFILLMENT_PROVIDER_ID } from "./shop-bol-option"

export type BolFulfillment = {
  id: string
  created_at: Date
  shipped_at: Date | null
  canceled_at: Date | null
  data: Record<string, any> | null
  labels: { id: string; tracking_number: string; tracking_url: string; label_url: string }[]
}

/** The order's fulfillments made through the `bol` provider, canceled ones included. */
export async function bolFulfillmentsOfOrder(container: MedusaContainer, orderId: string): Promise<BolFulfillment[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "fulfillments.id",
      "fulfillments.provider_id",
      "fulfillments.created_at",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "fulfillments.data",
      "fulfillments.labels.*",
    ],
    filters: { id: orderId },
  })
  const [order] = data as { fulfillments?: (BolFulfillment & { provider_id: string | null })[] | null }[]
  return (order?.fulfillments ?? []).filter(
    (fulfillment) => fulfillment.provider_id === BOL_FULFILLMENT_PROVIDER_ID
  )
}
