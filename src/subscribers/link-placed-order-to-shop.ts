import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../modules/seller"
import { shopOfSalesChannel } from "../workflows/shop-boundary/cart-shop-boundary"

/**
 * Bazaar's checkout links each order to its shop as it places it. An order
 * placed through Medusa's own `/store/carts/:id/complete` with a shop's cart
 * is linked here, from the shop that owns the order's sales channel.
 */
export default async function linkPlacedOrderToShop({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "sales_channel_id", "shop.id"], filters: { id: event.data.id } })
  const [order] = data as { id: string; sales_channel_id: string | null; shop?: { id: string } | null }[]
  if (!order || order.shop?.id || !order.sales_channel_id) return

  const shop = await shopOfSalesChannel(container, order.sales_channel_id)
  if (!shop) return
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [SELLER_MODULE]: { shop_id: shop.id },
    [Modules.ORDER]: { order_id: order.id },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
