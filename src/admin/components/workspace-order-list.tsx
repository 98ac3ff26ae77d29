import { Text } from "@medusajs/ui"
import { adminHref } from "../lib/workspace"
import { buyerName, itemCount, orderMoney, type ShopOrder } from "../lib/workspace-orders"
import { WorkspaceOrderStateBadge } from "./workspace-order-state-badge"

type Props = { shopId: string; orders: ShopOrder[] }

/** The shop's orders, one row each linking to the order; the same rows on a phone and a desktop. */
export const WorkspaceOrderList = ({ shopId, orders }: Props) => (
  <ul className="divide-y" data-testid="workspace-order-list">
    {orders.map((order) => (
      <li key={order.id} data-testid={`workspace-order-${order.id}`} data-order-id={order.id} data-order-state={order.state}>
        <a
          href={adminHref(`/workspace/orders/${encodeURIComponent(order.id)}?shop=${encodeURIComponent(shopId)}`)}
          className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 px-4 py-3 sm:px-6"
        >
          <div className="flex min-w-0 flex-1 flex-col">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus" className="whitespace-nowrap">
                #{order.display_id}
              </Text>
              <WorkspaceOrderStateBadge state={order.state} />
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {buyerName(order)} · {itemCount(order)} · {new Date(order.created_at).toLocaleString()}
            </Text>
          </div>
          <Text size="small" className="whitespace-nowrap">
            {orderMoney(order.total, order.currency_code)}
          </Text>
        </a>
      </li>
    ))}
  </ul>
)
