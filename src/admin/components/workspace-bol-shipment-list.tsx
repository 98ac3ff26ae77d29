import { Badge, Button, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/workspace"
import { BOL_SHIPMENTS_PAGE_SIZE, useBolShipments, type BolShipmentSummary } from "../lib/workspace-bol"

type Props = {
  shopId: string
  offset: number
  onOffset: (offset: number) => void
  onOpen: (shipmentId: string) => void
}

/** "3SBOL… · TNT" or whatever of the transport is known. */
const transportOf = (shipment: BolShipmentSummary) =>
  [shipment.transporter_code, shipment.track_and_trace].filter(Boolean).join(" · ")

const ShipmentRow = ({ shipment, onOpen }: { shipment: BolShipmentSummary; onOpen: () => void }) => (
  <li data-testid="workspace-bol-shipment" data-shipment-id={shipment.id} data-bol-shipment-id={shipment.shipment_id}>
    <button type="button" onClick={onOpen} className="hover:bg-ui-bg-base-hover flex w-full items-center gap-x-3 px-4 py-3 text-left sm:px-6">
      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" weight="plus" className="break-all">
            {shipment.shipment_id}
          </Text>
          {shipment.fulfilment_method && (
            <Badge size="2xsmall" color={shipment.fulfilment_method === "FBB" ? "purple" : "blue"}>
              {shipment.fulfilment_method}
            </Badge>
          )}
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle break-words">
          Order {shipment.order_id ?? "—"} · {shipment.shipment_date ? new Date(shipment.shipment_date).toLocaleString() : "no date yet"}
        </Text>
        {transportOf(shipment) && (
          <Text size="xsmall" className="break-all" data-testid="workspace-bol-shipment-transport">
            {transportOf(shipment)}
          </Text>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-interactive whitespace-nowrap">
        Details
      </Text>
    </button>
  </li>
)

/** The shop's synced bol.com shipments, newest first, a page at a time; a row opens its detail. */
export const WorkspaceBolShipmentList = ({ shopId, offset, onOffset, onOpen }: Props) => {
  const shipments = useBolShipments(shopId, offset)
  const page = shipments.data

  if (shipments.isLoading) return <Text size="small" className="px-4 py-4 sm:px-6">Loading…</Text>
  if (shipments.error) {
    return (
      <Text size="small" className="text-ui-fg-error px-4 py-4 sm:px-6" role="alert">
        {errorMessage(shipments.error, "The shipments could not be loaded")}
      </Text>
    )
  }
  if (!page?.shipments.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-4 py-4 sm:px-6" data-testid="workspace-bol-shipments-empty">
        No shipments synced yet. They show here after a sync.
      </Text>
    )
  }
  const last = Math.min(page.offset + page.shipments.length, page.count)
  return (
    <div className="flex flex-col divide-y">
      <ul className="divide-y" data-testid="workspace-bol-shipments">
        {page.shipments.map((shipment) => (
          <ShipmentRow key={shipment.id} shipment={shipment} onOpen={() => onOpen(shipment.id)} />
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6">
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="workspace-bol-shipments-range">
          {page.offset + 1}–{last} of {page.count}
        </Text>
        <div className="flex gap-2">
          <Button
            size="small"
            variant="secondary"
            disabled={offset === 0 || shipments.isFetching}
            onClick={() => onOffset(Math.max(0, offset - BOL_SHIPMENTS_PAGE_SIZE))}
            data-testid="workspace-bol-shipments-previous"
          >
            Previous
          </Button>
          <Button
            size="small"
            variant="secondary"
            disabled={last >= page.count || shipments.isFetching}
            onClick={() => onOffset(offset + BOL_SHIPMENTS_PAGE_SIZE)}
            data-testid="workspace-bol-shipments-next"
          >
            Next
          </Button>
        </div>
      </div>
    </div>
  )
}
