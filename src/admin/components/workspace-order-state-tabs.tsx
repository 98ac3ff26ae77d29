import { Tabs } from "@medusajs/ui"
import { SHOP_ORDER_STATES, type ShopOrderState, type StateCounts } from "../lib/workspace-orders"

export type OrderTab = ShopOrderState | "all"

export const ORDER_TABS: OrderTab[] = [...SHOP_ORDER_STATES, "all"]

const LABELS: Record<OrderTab, string> = {
  placed: "Placed",
  accepted: "Accepted",
  shipped: "Shipped",
  delivered: "Delivered",
  canceled: "Canceled",
  all: "All",
}

type Props = { value: OrderTab; onChange: (tab: OrderTab) => void; counts: StateCounts | undefined }

/** Tabs by order state, each with how many orders it holds; they wrap on a narrow screen. */
export const WorkspaceOrderStateTabs = ({ value, onChange, counts }: Props) => {
  const count = (tab: OrderTab) =>
    tab === "all" ? SHOP_ORDER_STATES.reduce((sum, state) => sum + (counts?.[state] ?? 0), 0) : counts?.[tab]
  return (
    <Tabs value={value} onValueChange={(next) => onChange(next as OrderTab)}>
      <Tabs.List className="flex-wrap">
        {ORDER_TABS.map((tab) => (
          <Tabs.Trigger key={tab} value={tab} data-testid={`workspace-order-tab-${tab}`}>
            {LABELS[tab]}
            {counts && <span className="text-ui-fg-muted ml-1">{count(tab)}</span>}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
