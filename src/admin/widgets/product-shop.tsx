import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type ProductShop = {
  shop: { id: string; name: string; handle: string; link: string } | null
  seller: { id: string; name: string; status: string } | null
}

/** Names the Bazaar shop and seller of a product on its admin page. */
const ProductShopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useQuery({
    queryKey: ["bazaar", "product-shop", product.id],
    queryFn: () => sdk.client.fetch<ProductShop>(`/admin/products/${product.id}/shop`),
  })
  return (
    <Container className="divide-y p-0" data-testid="bazaar-product-shop">
      <div className="px-6 py-4">
        <Heading level="h2">Bazaar shop</Heading>
      </div>
      <div className="px-6 py-4">
        {!data && <Text size="small">Loading…</Text>}
        {data && !data.shop && <Text size="small" className="text-ui-fg-subtle">Not sold by a Bazaar shop</Text>}
        {data?.shop && (
          <>
            <Text size="small" weight="plus">{data.shop.name}</Text>
            <Text size="small" className="text-ui-fg-subtle">{data.shop.link}</Text>
            {data.seller && (
              <Text size="small">
                Seller: {data.seller.name} <Badge size="2xsmall">{data.seller.status}</Badge>
              </Text>
            )}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductShopWidget
