import { Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/workspace"
import { useBolShipment, type BolShipmentDetail } from "../lib/workspace-bol"

type Props = { shopId: string; shipmentId: string | null; onClose: () => void }

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex min-w-0 flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="break-all">
      {children || "—"}
    </Text>
  </div>
)

const Detail = ({ shipment }: { shipment: BolShipmentDetail }) => (
  <div className="flex flex-col gap-y-6" data-testid="workspace-bol-shipment-detail" data-shipment-id={shipment.id}>
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Fact label="bol.com shipment">{shipment.shipment_id}</Fact>
      <Fact label="bol.com order">{shipment.order_id}</Fact>
      <Fact label="Shipped">{shipment.shipment_date && new Date(shipment.shipment_date).toLocaleString()}</Fact>
      <Fact label="Fulfilment">{shipment.fulfilment_method}</Fact>
      <Fact label="Transporter">{shipment.transporter_code}</Fact>
      <Fact label="Track and trace">{shipment.track_and_trace}</Fact>
      <Fact label="Reference">{shipment.shipment_reference}</Fact>
      <Fact label="Details synced">{shipment.detail_synced_at ? new Date(shipment.detail_synced_at).toLocaleString() : "not yet"}</Fact>
    </div>
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">Items</Heading>
      {shipment.items.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No items synced yet.
        </Text>
      )}
      <ul className="divide-y" data-testid="workspace-bol-shipment-items">
        {shipment.items.map((item) => (
          <li key={item.id} className="flex flex-col py-2">
            <Text size="small" className="break-words">
              {item.quantity ?? "?"} × {item.title ?? "Untitled item"}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle break-all">
              EAN {item.ean ?? "—"} · order item {item.order_item_id}
            </Text>
          </li>
        ))}
      </ul>
    </div>
    {shipment.transport_events.length > 0 && (
      <div className="flex flex-col gap-y-2">
        <Heading level="h3">Transport events</Heading>
        <ul className="divide-y">
          {shipment.transport_events.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-x-3 py-2">
              <Text size="small">{event.event_code}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {new Date(event.event_date_time).toLocaleString()}
              </Text>
            </li>
          ))}
        </ul>
      </div>
    )}
  </div>
)

/** One synced shipment in a drawer: its facts, items and transport events. */
export const WorkspaceBolShipmentDrawer = ({ shopId, shipmentId, onClose }: Props) => {
  const shipment = useBolShipment(shopId, shipmentId)
  return (
    <Drawer open={!!shipmentId} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>bol.com shipment</Heading>
          </Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">As last synced from bol.com</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {shipment.isLoading && <Text size="small">Loading…</Text>}
          {shipment.error && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {errorMessage(shipment.error, "The shipment could not be loaded")}
            </Text>
          )}
          {shipment.data && <Detail shipment={shipment.data} />}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
