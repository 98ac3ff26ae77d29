import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import ShopProductCategoryLink from "../../../../../links/shop-product-category"
import ShopProductLink from "../../../../../links/shop-product"
import { groupCatalog, type CatalogCategoryRow, type CatalogProductRow } from "../../../../../lib/shops/catalog"
import { marketForCountry } from "../../../../../workflows/shops/utils/commerce-context"
import { findVisibleShop } from "../../visible-shop"

/**
 * GET /store/shops/:handle/catalog — the shop's categories, most products
 * first (ties by name), each with its products: MRP and sale price come from
 * Medusa's calculated price in the shop's currency.
 *
 * Category membership is read from the categories' side (40 categories with
 * their product ids) rather than by joining categories onto every product,
 * which costs more than everything else together (see bench/catalog).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop } = await findVisibleShop(req, req.params.handle)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ currency_code }, { data: productLinks }, { data: categoryLinks }] = await Promise.all([
    marketForCountry(req.scope, shop.country_code),
    query.graph({ entity: ShopProductLink.entryPoint, fields: ["product_id"], filters: { shop_id: shop.id } }),
    query.graph({ entity: ShopProductCategoryLink.entryPoint, fields: ["product_category_id"], filters: { shop_id: shop.id } }),
  ])
  const productIds = (productLinks as { product_id: string }[]).map((link) => link.product_id)
  const categoryIds = (categoryLinks as { product_category_id: string }[]).map((link) => link.product_category_id)
  if (!productIds.length || !categoryIds.length) {
    return res.json({ shop: { id: shop.id, handle: shop.handle }, categories: [] })
  }

  const [{ data: categories }, { data: products }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "name", "products.id"], filters: { id: categoryIds } }),
    query.graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "description",
        "thumbnail",
        "variants.calculated_price.calculated_amount",
        "variants.calculated_price.original_amount",
      ],
      filters: { id: productIds, status: "published" },
      context: { variants: { calculated_price: QueryContext({ currency_code }) } },
    }),
  ])
  res.json({
    shop: { id: shop.id, handle: shop.handle },
    categories: groupCatalog(categories as CatalogCategoryRow[], products as CatalogProductRow[], currency_code),
  })
}
