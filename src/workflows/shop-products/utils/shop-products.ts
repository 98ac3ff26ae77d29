import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { mrpAndSalePrice } from "../../../lib/shops/price"

const FIELDS = [
  "id",
  "title",
  "description",
  "thumbnail",
  "status",
  "categories.id",
  "categories.name",
  "variants.id",
  "variants.calculated_price.*",
  "shop.id",
]

export type ShopProductView = {
  id: string
  variant_id: string | null
  name: string
  description: string | null
  image_url: string | null
  category: string | null
  mrp: number | null
  sale_price: number | null
  currency_code: string
}

/** A product as its seller sees it: the MRP, and the sale price only when one is set. */
export function presentShopProduct(product: Record<string, any>, currency_code: string): ShopProductView {
  const variant = product.variants?.[0]
  return {
    id: product.id,
    variant_id: variant?.id ?? null,
    name: product.title,
    description: product.description ?? null,
    image_url: product.thumbnail ?? null,
    category: product.categories?.[0]?.name ?? null,
    ...mrpAndSalePrice(variant?.calculated_price),
    currency_code,
  }
}

async function queryShopProducts(container: MedusaContainer, filters: Record<string, unknown>, currency_code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters,
    context: { variants: { calculated_price: QueryContext({ currency_code }) } },
  })
  return data as Record<string, any>[]
}

/** The shop's product `id`; 404 for a product of any other shop, as for a missing one. */
export async function ownShopProduct(container: MedusaContainer, shopId: string, id: string, currency_code: string) {
  const [product] = await queryShopProducts(container, { id }, currency_code)
  if (!product || product.shop?.id !== shopId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  }
  return presentShopProduct(product, currency_code)
}

/** Every product of the shop, by name. */
export async function listShopProducts(container: MedusaContainer, shopId: string, currency_code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shop", fields: ["products.id"], filters: { id: shopId } })
  const [shop] = data as { products?: { id: string }[] | null }[]
  const ids = (shop?.products ?? []).map((p) => p.id)
  if (!ids.length) return []
  const products = await queryShopProducts(container, { id: ids }, currency_code)
  return products
    .map((p) => presentShopProduct(p, currency_code))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}
