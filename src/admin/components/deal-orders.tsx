import { Button, Heading, Table, Text, toast } from "@medusajs/ui"
import { dealRequests, formatMoney, useAwaitingDealOrders, useDealAction, type DealOrder } from "../lib/deals"
import { DealReasonPrompt } from "./deal-reason-prompt"

const orderName = (order: DealOrder) => (order.display_id ? `#${order.display_id}` : order.order_id)
const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "—")
const dealPrice = (order: DealOrder) =>
  order.deal_price != null && order.currency_code ? formatMoney(order.deal_price, order.currency_code) : "—"

/** Deal orders placed with their payment authorized, waiting for the operator: approve captures, reject releases. */
export const DealOrdersAwaiting = () => {
  const { data, isLoading, error } = useAwaitingDealOrders()
  return (
    <div className="flex flex-col" data-testid="deal-orders-awaiting">
      <div className="px-6 py-4">
        <Heading level="h2">Orders waiting for approval</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Approving captures the payment and the order goes on as usual; rejecting releases the payment and returns the
          unit. Orders nobody decides are rejected at their "decide by" time.
        </Text>
      </div>
      {isLoading && <Text className="px-6 pb-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 pb-4">Could not load the deal orders: {error.message}</Text>}
      {data && data.deal_orders.length === 0 && <Text className="text-ui-fg-subtle px-6 pb-4">No deal order is waiting.</Text>}
      {data && data.deal_orders.length > 0 && (
        <>
          <div className="hidden md:block">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Order</Table.HeaderCell>
                  <Table.HeaderCell>Deal</Table.HeaderCell>
                  <Table.HeaderCell>Buyer</Table.HeaderCell>
                  <Table.HeaderCell>Deal price</Table.HeaderCell>
                  <Table.HeaderCell>Payment</Table.HeaderCell>
                  <Table.HeaderCell>Decide by</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.deal_orders.map((order) => (
                  <Table.Row key={order.order_id} data-testid={`deal-order-${order.order_id}`}>
                    <Table.Cell className="py-2">
                      <OrderLink order={order} />
                      <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                        {when(order.placed_at)}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <DealOfOrder order={order} />
                    </Table.Cell>
                    <Table.Cell>{order.customer_contact ?? "—"}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{dealPrice(order)}</Table.Cell>
                    <Table.Cell>{order.payment_status ?? "—"}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{when(order.approve_by)}</Table.Cell>
                    <Table.Cell>
                      <DealOrderActions order={order} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <ul className="divide-y border-t md:hidden">
            {data.deal_orders.map((order) => (
              <li key={order.order_id} className="flex flex-col gap-y-2 px-6 py-4" data-testid={`deal-order-card-${order.order_id}`}>
                <div className="flex items-center justify-between gap-x-3">
                  <OrderLink order={order} />
                  <Text size="small">{dealPrice(order)}</Text>
                </div>
                <Text size="small">
                  <DealOfOrder order={order} />
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {order.customer_contact ?? "—"} · payment {order.payment_status ?? "—"} · decide by {when(order.approve_by)}
                </Text>
                <DealOrderActions order={order} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

const OrderLink = ({ order }: { order: DealOrder }) => (
  <a className="text-ui-fg-interactive txt-small whitespace-nowrap" href={`/app/orders/${order.order_id}`}>
    {orderName(order)}
  </a>
)

const DealOfOrder = ({ order }: { order: DealOrder }) => (
  <>
    {order.deal_title ?? order.deal_id}
    {order.quantity > 1 && <span className="text-ui-fg-subtle"> ×{order.quantity}</span>}
  </>
)

const DealOrderActions = ({ order }: { order: DealOrder }) => {
  const approve = useDealAction(dealRequests.approveOrder)
  const reject = useDealAction(dealRequests.rejectOrder)
  const name = orderName(order)
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <Button
        size="small"
        isLoading={approve.isPending}
        onClick={() =>
          approve.mutate(
            { id: order.order_id },
            { onSuccess: () => toast.success(`Order ${name} approved`), onError: (e: Error) => toast.error(e.message) }
          )
        }
      >
        Approve
      </Button>
      <DealReasonPrompt
        action="Reject"
        title={`Reject order ${name}?`}
        description="The payment is released, the order canceled and the unit goes back to the deal. The buyer is told the reason."
        required
        isLoading={reject.isPending}
        onConfirm={(reason) => reject.mutateAsync({ id: order.order_id, reason })}
      />
    </div>
  )
}
