import { Badge, Heading, Text } from "@medusajs/ui"
import type { BolOrderLink, ShopOrder } from "../lib/workspace-orders"
import { WorkspaceOrderStateBadge } from "./workspace-order-state-badge"

type Props = { order: ShopOrder; bolLink: BolOrderLink | null | undefined }

/** The order's number, when it was placed, where it stands, and its parcel's tracking once shipped. */
export const WorkspaceOrderHeader = ({ order, bolLink }: Props) => (
  <div className="flex flex-col gap-y-2 px-4 py-4 sm:px-6">
    <div className="flex flex-wrap items-center gap-2">
      <Heading level="h1">Order #{order.display_id}</Heading>
      <WorkspaceOrderStateBadge state={order.state} testId="workspace-order-state" />
      {bolLink && (
        <Badge size="2xsmall" color="blue" data-testid="workspace-order-bol">
          bol.com {bolLink.bol_order_id}
        </Badge>
      )}
    </div>
    <Text size="small" className="text-ui-fg-subtle">
      Placed {new Date(order.created_at).toLocaleString()}
    </Text>
    {order.tracking.length > 0 && (
      <div className="txt-small flex flex-wrap gap-x-2" data-testid="workspace-order-tracking">
        <span className="text-ui-fg-subtle">Tracking</span>
        {order.tracking.map((t) =>
          t.url ? (
            <a key={t.number} href={t.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive break-all">
              {t.number}
            </a>
          ) : (
            <span key={t.number} className="break-all">
              {t.number}
            </span>
          )
        )}
      </div>
    )}
  </div>
)
