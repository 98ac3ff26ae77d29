import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ShopItemRef = { product_id?: string; variant_id?: string }

type ShopProductRow = {
  id: string
  status: string
  variants?: { id: string }[] | null
  shop?: { id: string } | null
}

/**
 * The variant a buyer adds to a shop cart, given a product id (its first
 * variant) or a variant id. Anything not sold by this shop, or not
 * published, is refused with a 400 naming the id.
 */
export async function shopVariantId(container: MedusaContainer, shopId: string, ref: ShopItemRef): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = ref.product_id ?? ref.variant_id
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "variants.id", "shop.id"],
    filters: ref.product_id ? { id: ref.product_id } : { variants: { id: ref.variant_id } },
  })
  const [product] = products as ShopProductRow[]
  if (!product || product.shop?.id !== shopId || product.status !== "published") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${ref.product_id ? "Product" : "Variant"} ${wanted} is not sold in this shop`
    )
  }
  const variants = product.variants ?? []
  const variant = ref.variant_id ? variants.find((v) => v.id === ref.variant_id) : variants[0]
  if (!variant) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${wanted} has no variant to sell`)
  }
  return variant.id
}
