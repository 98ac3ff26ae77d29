import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { WorkspaceBolAccountCard } from "../../../components/workspace-bol-account-card"
import { WorkspaceBolConnectForm } from "../../../components/workspace-bol-connect-form"
import { WorkspaceBolShipmentDrawer } from "../../../components/workspace-bol-shipment-drawer"
import { WorkspaceBolShipmentList } from "../../../components/workspace-bol-shipment-list"
import { useChosenShop, WorkspaceShopPicker } from "../../../components/workspace-product-shop-picker"
import { WorkspaceShopGate } from "../../../components/workspace-product-shop-gate"
import { errorMessage, useWorkspaceWho } from "../../../lib/workspace"
import { useBolAccounts } from "../../../lib/workspace-bol"

/**
 * A shop's bol.com connection (`?shop=<id>`): its accounts with their status and
 * runs, "Sync now", a form to connect one, and the synced shipments. An operator's
 * visit sees it all and changes nothing.
 */
const WorkspaceBolPage = () => {
  const { shops, shop, choose } = useChosenShop()
  const readOnly = useWorkspaceWho().data?.read_only ?? false
  const accounts = useBolAccounts(shop?.id)
  const [connecting, setConnecting] = useState(false)
  const [offset, setOffset] = useState(0)
  const [openShipment, setOpenShipment] = useState<string | null>(null)

  if (!shop) return <WorkspaceShopGate title="bol.com" isLoading={shops.isLoading} error={shops.error} />
  const none = accounts.data?.length === 0
  const showForm = !readOnly && (connecting || none)

  return (
    <div className="flex min-w-0 flex-col gap-y-3" data-testid="workspace-bol">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <div className="flex min-w-0 flex-col gap-y-1">
            <Heading level="h1">bol.com</Heading>
            <WorkspaceShopPicker
              shops={shops.data ?? []}
              shop={shop}
              onChoose={(id) => {
                choose(id)
                setOffset(0)
                setConnecting(false)
              }}
            />
          </div>
          {!readOnly && !!accounts.data && !showForm && (
            <Button size="small" variant="secondary" onClick={() => setConnecting(true)} data-testid="workspace-bol-add-account">
              <Plus />
              Connect account
            </Button>
          )}
        </div>
        {readOnly && (
          <Text size="small" className="text-ui-fg-subtle px-4 py-3 sm:px-6" data-testid="workspace-bol-read-only">
            Read-only: an operator's visit cannot connect accounts or start syncs.
          </Text>
        )}
        {accounts.isLoading && <Text className="px-4 py-4 sm:px-6">Loading…</Text>}
        {accounts.error && (
          <Text className="text-ui-fg-error px-4 py-4 sm:px-6" role="alert">
            {errorMessage(accounts.error, "The bol.com accounts could not be loaded")}
          </Text>
        )}
        {none && (
          <Text size="small" className="text-ui-fg-subtle px-4 py-4 sm:px-6" data-testid="workspace-bol-no-account">
            {shop.name} has no bol.com account yet. Connect one and its shipments sync here.
          </Text>
        )}
        {!!accounts.data?.length && (
          <ul className="divide-y" data-testid="workspace-bol-accounts">
            {accounts.data.map((account) => (
              <WorkspaceBolAccountCard key={account.id} shopId={shop.id} account={account} readOnly={readOnly} />
            ))}
          </ul>
        )}
      </Container>
      {showForm && (
        <Container className="p-0">
          <WorkspaceBolConnectForm
            shopId={shop.id}
            onConnected={() => setConnecting(false)}
            onClose={none ? undefined : () => setConnecting(false)}
          />
        </Container>
      )}
      <Container className="divide-y p-0">
        <div className="px-4 py-4 sm:px-6">
          <Heading level="h2">Shipments</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Synced from bol.com, newest first.
          </Text>
        </div>
        <WorkspaceBolShipmentList shopId={shop.id} offset={offset} onOffset={setOffset} onOpen={setOpenShipment} />
      </Container>
      <WorkspaceBolShipmentDrawer shopId={shop.id} shipmentId={openShipment} onClose={() => setOpenShipment(null)} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "bol.com" })

export default WorkspaceBolPage
