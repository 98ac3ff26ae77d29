import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { WorkspaceProductEditForm } from "../../../../components/workspace-product-edit-form"
import { useChosenShop } from "../../../../components/workspace-product-shop-picker"
import { WorkspaceShopGate } from "../../../../components/workspace-product-shop-gate"
import { adminHref, errorMessage, workspacePaths } from "../../../../lib/workspace"
import { useShopProduct } from "../../../../lib/workspace-products"

/** The product id in the address (/app/workspace/products/:id); see WorkspaceNavLink for why not useParams. */
function productIdFromAddress() {
  const match = window.location.pathname.match(/\/workspace\/products\/([^/?#]+)/)
  return match ? decodeURIComponent(match[1]) : ""
}

/** One product of a shop (`?shop=<id>`): change its fields or photo, or delete it. */
const WorkspaceProductPage = () => {
  const id = productIdFromAddress()
  const { shops, shop } = useChosenShop()
  const product = useShopProduct(shop?.id, id)

  if (!shop) return <WorkspaceShopGate title="Product" isLoading={shops.isLoading} error={shops.error} />
  const backToList = adminHref(workspacePaths.products(shop.id))

  return (
    <div className="flex min-w-0 flex-col gap-y-3">
      <a href={backToList} className="text-ui-fg-subtle txt-small flex items-center gap-x-1" data-testid="workspace-product-back">
        <ArrowLeft />
        Products of {shop.name}
      </a>
      <Container className="divide-y p-0">
        <div className="px-4 py-4 sm:px-6">
          <Heading level="h1" className="break-words">
            {product.data?.name ?? "Product"}
          </Heading>
        </div>
        {product.isLoading && <Text className="px-4 py-4 sm:px-6">Loading…</Text>}
        {product.error && (
          <Text className="text-ui-fg-error px-4 py-4 sm:px-6" role="alert">
            {errorMessage(product.error, "The product could not be loaded")}
          </Text>
        )}
        {product.data && (
          <WorkspaceProductEditForm
            key={product.data.id}
            shopId={shop.id}
            product={product.data}
            onDeleted={() => window.location.replace(backToList)}
          />
        )}
      </Container>
    </div>
  )
}

export default WorkspaceProductPage
