import { Heading, Text } from "@medusajs/ui"
import type { ShopOrder } from "../lib/workspace-orders"

/** How to reach the buyer, and where the order goes. */
export const WorkspaceOrderBuyer = ({ order }: { order: ShopOrder }) => {
  const address = order.shipping_address
  const phone = order.customer.phone ?? address?.phone ?? null
  const lines = address
    ? [
        address.name,
        address.address_1,
        address.address_2,
        [address.postal_code, address.city].filter(Boolean).join(" "),
        address.country_code?.toUpperCase(),
      ].filter(Boolean)
    : []

  return (
    <div className="flex flex-col gap-y-4 px-4 py-4 sm:px-6" data-testid="workspace-order-buyer">
      <div className="flex flex-col gap-y-1">
        <Heading level="h2">Buyer</Heading>
        {phone && (
          <a href={`tel:${phone}`} className="text-ui-fg-interactive txt-small break-all" data-testid="workspace-order-buyer-phone">
            {phone}
          </a>
        )}
        {order.customer.email && (
          <a href={`mailto:${order.customer.email}`} className="text-ui-fg-interactive txt-small break-all">
            {order.customer.email}
          </a>
        )}
        {!phone && !order.customer.email && (
          <Text size="small" className="text-ui-fg-subtle">
            No contact details.
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-1">
        <Heading level="h3">Ship to</Heading>
        {lines.length ? (
          <address className="txt-small text-ui-fg-subtle break-words not-italic" data-testid="workspace-order-address">
            {lines.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
            {address?.phone && address.phone !== phone && <div>{address.phone}</div>}
          </address>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No shipping address.
          </Text>
        )}
      </div>
    </div>
  )
}
