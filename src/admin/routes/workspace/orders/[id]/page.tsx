import { ArrowLeft } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { WorkspaceOrderActions } from "../../../../components/workspace-order-actions"
import { WorkspaceOrderBuyer } from "../../../../components/workspace-order-buyer"
import { WorkspaceOrderHeader } from "../../../../components/workspace-order-header"
import { WorkspaceOrderItems } from "../../../../components/workspace-order-items"
import { useChosenShop } from "../../../../components/workspace-product-shop-picker"
import { WorkspaceShopGate } from "../../../../components/workspace-product-shop-gate"
import { adminHref, errorMessage, workspacePaths } from "../../../../lib/workspace"
import { useBolOrderLink, useShopOrder } from "../../../../lib/workspace-orders"

/** The order id in the address (/app/workspace/orders/:id); see WorkspaceNavLink for why not useParams. */
function orderIdFromAddress() {
  const match = window.location.pathname.match(/\/workspace\/orders\/([^/?#]+)/)
  return match ? decodeURIComponent(match[1]) : ""
}

/** One order of a shop (`?shop=<id>`): items, buyer, totals, and the seller's next step. */
const WorkspaceOrderPage = () => {
  const id = orderIdFromAddress()
  const { shops, shop } = useChosenShop()
  const order = useShopOrder(shop?.id, id)
  const bolLink = useBolOrderLink(shop?.id, id)

  if (!shop) return <WorkspaceShopGate title="Order" isLoading={shops.isLoading} error={shops.error} />
  // a failed look-up of the bol.com link counts as none: accepting then sends no bol.com details
  const linkedToBol = bolLink.isLoading ? undefined : !!bolLink.data

  return (
    <div className="flex min-w-0 flex-col gap-y-3">
      <a href={adminHref(workspacePaths.orders(shop.id))} className="text-ui-fg-subtle txt-small flex items-center gap-x-1" data-testid="workspace-order-back">
        <ArrowLeft />
        Orders of {shop.name}
      </a>
      {order.isLoading && <Text>Loading…</Text>}
      {order.error && (
        <Text className="text-ui-fg-error" role="alert">
          {errorMessage(order.error, "The order could not be loaded")}
        </Text>
      )}
      {order.data && (
        <div className="grid min-w-0 grid-cols-1 gap-3 lg:grid-cols-3" data-testid="workspace-order-detail" data-order-id={order.data.id}>
          <div className="flex min-w-0 flex-col gap-y-3 lg:col-span-2">
            <Container className="divide-y p-0">
              <WorkspaceOrderHeader order={order.data} bolLink={bolLink.data} />
              <WorkspaceOrderActions shopId={shop.id} order={order.data} linkedToBol={linkedToBol} />
            </Container>
            <Container className="p-0">
              <WorkspaceOrderItems order={order.data} />
            </Container>
          </div>
          <Container className="h-fit min-w-0 p-0">
            <WorkspaceOrderBuyer order={order.data} />
          </Container>
        </div>
      )}
    </div>
  )
}

export default WorkspaceOrderPage
