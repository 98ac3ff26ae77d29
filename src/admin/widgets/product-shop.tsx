import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { ShopOwnerCard } from "../components/shop-owner-card"

/** Names the Bazaar shop and seller of a product on its admin page. */
const ProductShopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => (
  <ShopOwnerCard path={`/admin/products/${product.id}/shop`} noun="product" testId="bazaar-product-shop" />
)

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductShopWidget
