import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { WorkspaceShopCard } from "../../components/workspace-shop-card"
import { WorkspaceEmailLoginForm } from "../../components/workspace-email-login-form"
import { WorkspaceShopCreateForm } from "../../components/workspace-shop-create-form"
import { WorkspaceNavLink } from "../../components/workspace-shop-nav-link"
import { errorMessage, useSellerShops, useWorkspaceWho, type WorkspaceSeller } from "../../lib/workspace"
import { leaveWorkspaceVisit } from "../../lib/workspace-visit"

/** An operator has no shops of their own: point them to where sellers are managed. */
const OperatorNote = () => (
  <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="workspace-operator-note">
    <Heading level="h1">My shops</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      This is the sellers' workspace: a seller who signs in with their phone manages their own shops, products and
      orders here. To look after sellers and their shops, go to{" "}
      <WorkspaceNavLink to="/sellers">Bazaar → Sellers</WorkspaceNavLink>
      .
    </Text>
  </Container>
)

/** An operator looking at a seller's workspace: read-only, and the visit is recorded. */
const VisitBanner = ({ seller }: { seller: WorkspaceSeller }) => (
  <Container className="flex flex-wrap items-center justify-between gap-2 px-6 py-3" data-testid="workspace-visit-banner">
    <Text size="small">
      You are viewing {seller.name}'s workspace as an operator, read-only. This visit is recorded.
    </Text>
    <button
      type="button"
      className="txt-compact-small-plus text-ui-fg-interactive"
      onClick={() => {
        leaveWorkspaceVisit()
        window.location.reload()
      }}
    >
      Leave
    </button>
  </Container>
)

const SellerShops = ({ seller, readOnly }: { seller: WorkspaceSeller; readOnly: boolean }) => {
  const shops = useSellerShops()
  return (
    <div className="flex flex-col gap-y-3">
      {readOnly && <VisitBanner seller={seller} />}
      <Container className="divide-y p-0" data-testid="workspace-shops">
        <div className="px-6 py-4">
          <Heading level="h1">My shops</Heading>
          <Text size="small" className="text-ui-fg-subtle break-words">
            Signed in as {seller.name} ({seller.phone}). Share a shop's link with buyers; they order from it directly.
          </Text>
        </div>
        {shops.isLoading && <Text className="px-6 py-4">Loading…</Text>}
        {shops.error && (
          <Text className="text-ui-fg-error px-6 py-4" role="alert">
            Could not load your shops: {errorMessage(shops.error)}
          </Text>
        )}
        {shops.data?.length === 0 && (
          <Text className="text-ui-fg-subtle px-6 py-4">No shops yet: open your first one below.</Text>
        )}
        {!!shops.data?.length && (
          <ul className="divide-y">
            {shops.data.map((shop) => (
              <WorkspaceShopCard key={shop.id} shop={shop} />
            ))}
          </ul>
        )}
      </Container>
      {!readOnly && (
        <Container className="p-0">
          <WorkspaceShopCreateForm />
        </Container>
      )}
      {!readOnly && (
        <Container className="p-0">
          <WorkspaceEmailLoginForm />
        </Container>
      )}
    </div>
  )
}

/** The signed-in seller's shops and a form for a new one; a note for operators. */
const WorkspacePage = () => {
  const who = useWorkspaceWho()
  if (who.isLoading) return <Text>Loading…</Text>
  if (who.error || !who.data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error" role="alert">
          Could not tell who is signed in: {errorMessage(who.error)}
        </Text>
      </Container>
    )
  }
  const { seller } = who.data
  return seller ? <SellerShops seller={seller} readOnly={who.data.read_only} /> : <OperatorNote />
}

export const config = defineRouteConfig({ label: "My shops", icon: BuildingStorefront })

export default WorkspacePage
