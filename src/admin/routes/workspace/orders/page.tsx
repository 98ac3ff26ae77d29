import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { WorkspaceOrderList } from "../../../components/workspace-order-list"
import { ORDER_TABS, WorkspaceOrderStateTabs, type OrderTab } from "../../../components/workspace-order-state-tabs"
import { useAddressParam, useChosenShop, WorkspaceShopPicker } from "../../../components/workspace-product-shop-picker"
import { WorkspaceShopGate } from "../../../components/workspace-product-shop-gate"
import { errorMessage } from "../../../lib/workspace"
import { useShopOrders } from "../../../lib/workspace-orders"

/** The tab of `?state=`; placed orders (the ones waiting for the seller) by default. */
function useOrderTab() {
  const [wanted, choose] = useAddressParam("state")
  const tab: OrderTab = ORDER_TABS.find((t) => t === wanted) ?? "placed"
  return [tab, choose] as const
}

/** A seller's orders of one shop (`?shop=<id>`), by state, newest first. */
const WorkspaceOrdersPage = () => {
  const { shops, shop, choose } = useChosenShop()
  const [tab, setTab] = useOrderTab()
  const orders = useShopOrders(shop?.id, tab === "all" ? undefined : tab)

  if (!shop) return <WorkspaceShopGate title="Orders" isLoading={shops.isLoading} error={shops.error} />
  const shown = orders.data?.orders

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-4 py-4 sm:px-6">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading level="h1">Orders</Heading>
          <WorkspaceShopPicker shops={shops.data ?? []} shop={shop} onChoose={choose} />
        </div>
        <WorkspaceOrderStateTabs value={tab} onChange={setTab} counts={orders.data?.stateCounts} />
      </div>
      {orders.isLoading && <Text className="px-4 py-4 sm:px-6">Loading…</Text>}
      {orders.error && (
        <Text className="text-ui-fg-error px-4 py-4 sm:px-6" role="alert">
          {errorMessage(orders.error, "The orders could not be loaded")}
        </Text>
      )}
      {shown && shown.length === 0 && (
        <Text className="text-ui-fg-subtle px-4 py-4 sm:px-6" data-testid="workspace-order-empty">
          {tab === "all" ? "No orders yet." : `No ${tab} orders.`}
        </Text>
      )}
      {shown && shown.length > 0 && <WorkspaceOrderList shopId={shop.id} orders={shown} />}
      {orders.data && orders.data.count > orders.data.orders.length && (
        <Text size="small" className="text-ui-fg-subtle px-4 py-3 sm:px-6">
          Showing the newest {orders.data.orders.length} of {orders.data.count} {tab === "all" ? "" : `${tab} `}orders.
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Orders" })

export default WorkspaceOrdersPage
