import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShopOrderRef = { shop_id: string; order_id: string }

export type LoadedShopOrder = {
  id: string
  status: string
  sales_channel_id: string
  items: { id: string; quantity: number }[]
  fulfillments: { id: string; shipped_at?: unknown; delivered_at?: unknown; canceled_at?: unknown }[]
}

/** The order `fields` of the shop's order; 404 for an order of any other shop, as for a missing one. */
export async function findShopOrder(container: MedusaContainer, ref: ShopOrderRef, fields: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [...fields, "shop.id"],
    filters: { id: ref.order_id },
  })
  const order = data[0] as Record<string, any> | undefined
  if (!order || order.shop?.id !== ref.shop_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${ref.order_id} was not found`)
  }
  return order
}

/** The order of the shop as it is now, with what the seller's actions need. */
export const loadShopOrderStep = createStep("load-shop-order", async (input: ShopOrderRef, { container }) => {
  const order = await findShopOrder(container, input, [
    "id",
    "status",
    "sales_channel_id",
    // the order module computes an item's quantity from its details: ask for the whole item
    "items.*",
    "fulfillments.id",
    "fulfillments.shipped_at",
    "fulfillments.delivered_at",
    "fulfillments.canceled_at",
  ])
  return new StepResponse<LoadedShopOrder>({
    id: order.id,
    status: order.status,
    sales_channel_id: order.sales_channel_id,
    items: (order.items ?? []).map((item: any) => ({ id: item.id, quantity: Number(item.quantity) })),
    fulfillments: order.fulfillments ?? [],
  })
})
