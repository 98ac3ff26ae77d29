import { PhotoSolid } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import { adminHref } from "../lib/workspace"
import type { ShopProduct } from "../lib/workspace-products"
import { WorkspaceProductPrice } from "./workspace-product-price"

type Props = { shopId: string; products: ShopProduct[] }

/** The shop's products, one row each linking to its edit page; the same rows on a phone and a desktop. */
export const WorkspaceProductList = ({ shopId, products }: Props) => (
  <ul className="divide-y" data-testid="workspace-product-list">
    {products.map((product) => (
      <li key={product.id} data-testid={`workspace-product-${product.id}`} data-product-id={product.id}>
        <a
          href={adminHref(`/workspace/products/${encodeURIComponent(product.id)}?shop=${encodeURIComponent(shopId)}`)}
          className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 px-4 py-3 sm:px-6"
        >
          <WorkspaceProductThumbnail url={product.image_url} />
          <div className="flex min-w-0 flex-1 flex-col">
            <Text size="small" weight="plus" className="truncate">
              {product.name}
            </Text>
            {product.category && (
              <div>
                <Badge size="2xsmall" className="max-w-full truncate">
                  {product.category}
                </Badge>
              </div>
            )}
          </div>
          <WorkspaceProductPrice product={product} />
        </a>
      </li>
    ))}
  </ul>
)

export const WorkspaceProductThumbnail = ({ url, size = "h-12 w-12" }: { url: string | null; size?: string }) =>
  url ? (
    <img src={url} alt="" className={`${size} bg-ui-bg-subtle shrink-0 rounded-md object-cover`} />
  ) : (
    <div className={`${size} bg-ui-bg-subtle text-ui-fg-muted flex shrink-0 items-center justify-center rounded-md`}>
      <PhotoSolid />
    </div>
  )
