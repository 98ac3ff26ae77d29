import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useOrderBol } from "../lib/order-bol"

const dateTime = (value: string | null) => (value ? new Date(value).toLocaleString() : "—")

/** The bol.com order behind a Medusa order: its shipments, transport and track-and-trace. */
const OrderBolWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError } = useOrderBol(order.id)
  // Orders that are not bol.com orders get no card at all.
  if (!isError && (!data || !data.order_link)) {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="bazaar-order-bol">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">bol.com</Heading>
        {data?.order_link?.fulfilment_method && <Badge size="2xsmall">{data.order_link.fulfilment_method}</Badge>}
      </div>
      {isError && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">Could not load the bol.com order</Text>
        </div>
      )}
      {data?.order_link && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus">Order {data.order_link.bol_order_id}</Text>
          <Text size="small" className="text-ui-fg-subtle">Account: {data.order_link.account_label}</Text>
          {data.shipments.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">No shipment synced yet</Text>
          )}
          {data.shipments.map((shipment) => (
            <div key={shipment.id} className="mt-3" data-testid="bazaar-order-bol-shipment">
              <Text size="small">
                Shipment {shipment.shipment_id} · {dateTime(shipment.shipment_date)}
              </Text>
              <Text size="small">
                {shipment.transporter_code ?? "No transporter"}
                {shipment.track_and_trace ? ` · ${shipment.track_and_trace}` : ""}
              </Text>
              {shipment.transport_events[0] && (
                <Text size="small" className="text-ui-fg-subtle">
                  {shipment.transport_events[0].event_code} · {dateTime(shipment.transport_events[0].event_date_time)}
                </Text>
              )}
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderBolWidget
