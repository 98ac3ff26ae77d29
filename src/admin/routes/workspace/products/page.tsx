import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useDeferredValue, useState } from "react"
import { WorkspaceProductCreateForm } from "../../../components/workspace-product-create-form"
import { WorkspaceProductList } from "../../../components/workspace-product-list"
import { useChosenShop, WorkspaceShopPicker } from "../../../components/workspace-product-shop-picker"
import { WorkspaceShopGate } from "../../../components/workspace-product-shop-gate"
import { errorMessage } from "../../../lib/workspace"
import { matchingProducts, useShopProducts } from "../../../lib/workspace-products"

/** A seller's products of one shop (`?shop=<id>`), a search, and the "Add product" form. */
const WorkspaceProductsPage = () => {
  const { shops, shop, choose } = useChosenShop()
  const products = useShopProducts(shop?.id)
  const [search, setSearch] = useState("")
  const [adding, setAdding] = useState(false)
  const shown = matchingProducts(products.data ?? [], useDeferredValue(search))

  if (!shop) {
    return <WorkspaceShopGate title="Products" isLoading={shops.isLoading} error={shops.error} />
  }

  return (
    <div className="flex min-w-0 flex-col gap-y-3">
      {adding && (
        <Container className="p-0">
          <WorkspaceProductCreateForm
            shopId={shop.id}
            currency={products.data?.[0]?.currency_code}
            onCreated={() => {
              setAdding(false)
              setSearch("")
            }}
            onClose={() => setAdding(false)}
          />
        </Container>
      )}
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <div className="flex min-w-0 flex-col gap-y-1">
            <Heading level="h1">Products</Heading>
            <WorkspaceShopPicker shops={shops.data ?? []} shop={shop} onChoose={choose} />
          </div>
          {!adding && (
            <Button size="small" variant="secondary" onClick={() => setAdding(true)} data-testid="workspace-product-add">
              <Plus />
              Add product
            </Button>
          )}
        </div>
        <div className="px-4 py-3 sm:px-6">
          <Input
            type="search"
            size="small"
            placeholder="Search by name or category"
            aria-label="Search products"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="workspace-product-search"
          />
        </div>
        {products.isLoading && <Text className="px-4 py-4 sm:px-6">Loading…</Text>}
        {products.error && (
          <Text className="text-ui-fg-error px-4 py-4 sm:px-6" role="alert">
            {errorMessage(products.error, "The products could not be loaded")}
          </Text>
        )}
        {products.data && shown.length === 0 && (
          <Text className="text-ui-fg-subtle px-4 py-4 sm:px-6" data-testid="workspace-product-empty">
            {products.data.length ? "No product matches." : "No products yet: add your first one."}
          </Text>
        )}
        {shown.length > 0 && <WorkspaceProductList shopId={shop.id} products={shown} />}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Products" })

export default WorkspaceProductsPage
