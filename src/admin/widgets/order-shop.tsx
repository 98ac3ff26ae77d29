import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ShopOwnerCard } from "../components/shop-owner-card"

/** Names the Bazaar shop an order was placed in, and its seller, on the order's admin page. */
const OrderShopWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => (
  <ShopOwnerCard path={`/admin/orders/${order.id}/shop`} noun="order" testId="bazaar-order-shop" />
)

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderShopWidget
