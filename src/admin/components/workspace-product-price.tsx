import { Text } from "@medusajs/ui"
import { formatMoney } from "../lib/deals"
import type { ShopProduct } from "../lib/workspace-products"

/** The price buyers pay: the sale price with the MRP struck through, or the MRP. */
export const WorkspaceProductPrice = ({ product }: { product: ShopProduct }) => {
  const money = (amount: number) => formatMoney(amount, product.currency_code)
  if (product.mrp === null) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        No price
      </Text>
    )
  }
  if (product.sale_price === null) return <Text size="small">{money(product.mrp)}</Text>
  return (
    <div className="flex flex-col items-end whitespace-nowrap">
      <Text size="small">{money(product.sale_price)}</Text>
      <Text size="xsmall" className="text-ui-fg-muted line-through">
        {money(product.mrp)}
      </Text>
    </div>
  )
}
