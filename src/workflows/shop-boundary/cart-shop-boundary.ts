import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  boundaryMessage,
  productsAcrossBoundary,
  type BoundaryCartShop,
  type BoundaryProduct,
} from "../../lib/carts/shop-boundary"

export type CartBoundaryCheck = {
  /** The sales channel the cart belongs to (or is about to). */
  sales_channel_id: string | null | undefined
  /** Variants about to enter the cart. */
  variant_ids?: (string | null | undefined)[]
  /** A cart whose current lines are checked too. */
  cart_id?: string
}

/**
 * Refuses, with a 400 naming the product, any variant that would put another
 * shop's product into a cart (see `productsAcrossBoundary`). Reads only; it
 * runs before a workflow writes anything.
 */
export async function assertCartShopBoundary(container: MedusaContainer, check: CartBoundaryCheck): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = new Set(check.variant_ids?.filter((id): id is string => !!id))
  if (check.cart_id) {
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["items.variant_id"],
      filters: { id: check.cart_id },
    })
    const [cart] = carts as { items?: { variant_id?: string | null }[] | null }[]
    for (const item of cart?.items ?? []) {
      if (item.variant_id) variantIds.add(item.variant_id)
    }
  }
  if (!variantIds.size) return

  const [cartShop, products] = await Promise.all([
    shopOfSalesChannel(container, check.sales_channel_id),
    productsOfVariants(container, [...variantIds]),
  ])
  const [crossing] = productsAcrossBoundary(cartShop, products)
  if (crossing) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, boundaryMessage(cartShop, crossing))
  }
}

/** The shop whose sales channel this is, or null for a channel outside every shop. */
export async function shopOfSalesChannel(
  container: MedusaContainer,
  salesChannelId: string | null | undefined
): Promise<BoundaryCartShop> {
  if (!salesChannelId) return null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["shop.id", "shop.name"],
    filters: { id: salesChannelId },
  })
  const shop = (data as { shop?: { id: string; name: string } | null }[])[0]?.shop
  return shop ? { id: shop.id, name: shop.name } : null
}

type VariantRow = {
  id: string
  product?: { id: string; title: string; shop?: { id: string } | null } | null
}

async function productsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<BoundaryProduct[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.title", "product.shop.id"],
    filters: { id: variantIds },
  })
  const byId = new Map<string, BoundaryProduct>()
  for (const variant of data as VariantRow[]) {
    const product = variant.product
    if (!product) continue
    byId.set(product.id, { id: product.id, title: product.title, shop_id: product.shop?.id ?? null })
  }
  return [...byId.values()]
}
