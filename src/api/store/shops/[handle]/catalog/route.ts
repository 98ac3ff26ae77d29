import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { shopCommerceContext } from "../../../../../lib/shops/commerce-context"
import { sortCatalog, type CatalogCategory } from "../../../../../lib/shops/catalog"
import { findVisibleShop } from "../../visible-shop"

/**
 * GET /store/shops/:handle/catalog — the shop's categories, most products
 * first (ties by name), each with its products: MRP and sale price come from
 * Medusa's calculated price in the shop's currency.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop } = await findVisibleShop(req, req.params.handle)
  const { currency_code } = await shopCommerceContext(req.scope, shop)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { data } = await query.graph({
    entity: "shop",
    fields: ["product_categories.id", "product_categories.name", "products.id"],
    filters: { id: shop.id },
  })
  const categories = ((data[0] as any)?.product_categories ?? []) as { id: string; name: string }[]
  const productIds = (((data[0] as any)?.products ?? []) as { id: string }[]).map((p) => p.id)

  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "description",
          "thumbnail",
          "status",
          "categories.id",
          "variants.calculated_price.*",
        ],
        filters: { id: productIds, status: "published" },
        context: { variants: { calculated_price: QueryContext({ currency_code }) } },
      })
    : { data: [] as any[] }

  const byCategory = new Map<string, CatalogCategory>(
    categories.map((c) => [c.id, { id: c.id, name: c.name, products: [] }])
  )
  for (const product of products as any[]) {
    const price = product.variants?.[0]?.calculated_price
    const entry = {
      id: product.id,
      title: product.title,
      description: product.description ?? null,
      image_url: product.thumbnail ?? null,
      mrp: price?.original_amount ?? null,
      sale_price: price?.calculated_amount ?? null,
      currency_code,
    }
    for (const category of product.categories ?? []) {
      byCategory.get(category.id)?.products.push(entry)
    }
  }
  res.json({ shop: { id: shop.id, handle: shop.handle }, categories: sortCatalog([...byCategory.values()]) })
}
