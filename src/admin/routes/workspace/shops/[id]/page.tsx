import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { WorkspaceShopEditForm } from "../../../../components/workspace-shop-edit-form"
import { WorkspaceShopFormerHandles } from "../../../../components/workspace-shop-former-handles"
import { WorkspaceShopLink } from "../../../../components/workspace-shop-link"
import { WorkspaceNavLink } from "../../../../components/workspace-shop-nav-link"
import { errorMessage, useSellerShop, workspacePaths } from "../../../../lib/workspace"

/** The shop id in the address (/app/workspace/shops/:id); see WorkspaceNavLink for why not useParams. */
function shopIdFromAddress() {
  const match = window.location.pathname.match(/\/workspace\/shops\/([^/]+)/)
  return match ? decodeURIComponent(match[1]) : ""
}

/** One of the seller's shops: its link and QR code, name and address, and former handles. */
const WorkspaceShopPage = () => {
  const id = shopIdFromAddress()
  const { data: shop, isLoading, error } = useSellerShop(id)

  if (isLoading) return <Text>Loading…</Text>
  if (error || !shop) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Text className="text-ui-fg-error" role="alert">
          Could not load the shop: {errorMessage(error, "not found")}
        </Text>
        <WorkspaceNavLink to={workspacePaths.home}>
          Back to my shops
        </WorkspaceNavLink>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="workspace-shop-page">
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <WorkspaceNavLink to={workspacePaths.home}>
          ← My shops
        </WorkspaceNavLink>
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h1" className="break-words">
            {shop.name}
          </Heading>
          <Badge size="2xsmall" color={shop.status === "active" ? "green" : "grey"}>
            {shop.status}
          </Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle break-all">
          Handle: {shop.handle}
        </Text>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <WorkspaceNavLink to={workspacePaths.products(shop.id)}>
            Products
          </WorkspaceNavLink>
          <WorkspaceNavLink to={workspacePaths.orders(shop.id)}>
            Orders
          </WorkspaceNavLink>
        </div>
      </Container>
      <Container className="p-0">
        <WorkspaceShopLink link={shop.link} />
      </Container>
      <Container className="p-0">
        <WorkspaceShopEditForm shop={shop} />
      </Container>
      {shop.former_handles && (
        <Container className="p-0">
          <WorkspaceShopFormerHandles handles={shop.former_handles} />
        </Container>
      )}
    </div>
  )
}

export default WorkspaceShopPage
