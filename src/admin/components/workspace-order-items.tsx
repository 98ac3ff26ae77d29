import { Heading, Text } from "@medusajs/ui"
import { orderMoney, type ShopOrder } from "../lib/workspace-orders"
import { WorkspaceProductThumbnail } from "./workspace-product-list"

/** What the buyer ordered, and the order's totals. */
export const WorkspaceOrderItems = ({ order }: { order: ShopOrder }) => {
  const money = (amount: number | null) => orderMoney(amount, order.currency_code)
  return (
    <div className="flex flex-col" data-testid="workspace-order-items">
      <div className="px-4 pt-4 sm:px-6">
        <Heading level="h2">Items</Heading>
      </div>
      <ul className="divide-y">
        {order.items.map((item) => (
          <li key={item.id} className="flex items-center gap-x-3 px-4 py-3 sm:px-6">
            <WorkspaceProductThumbnail url={item.image_url} size="h-10 w-10" />
            <div className="flex min-w-0 flex-1 flex-col">
              <Text size="small" weight="plus" className="break-words">
                {item.title}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {item.quantity} × {money(item.unit_price)}
              </Text>
            </div>
            <Text size="small" className="whitespace-nowrap">
              {money(item.total)}
            </Text>
          </li>
        ))}
      </ul>
      <dl className="txt-small flex flex-col gap-y-1 border-t px-4 py-4 sm:px-6">
        <Row label="Items" value={money(order.item_total)} />
        <Row label="Shipping" value={money(order.shipping_total)} />
        <Row label="Total" value={money(order.total)} strong testId="workspace-order-total" />
      </dl>
    </div>
  )
}

const Row = ({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) => (
  <div className={`flex justify-between gap-x-3 ${strong ? "txt-small-plus text-ui-fg-base" : "text-ui-fg-subtle"}`}>
    <dt>{label}</dt>
    <dd className="whitespace-nowrap" data-testid={testId}>
      {value}
    </dd>
  </div>
)
