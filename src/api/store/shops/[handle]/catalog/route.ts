import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import ShopProductCategoryLink from "../../../../../links/shop-product-category"
import ShopProductLink from "../../../../../links/shop-product"
import { catalogTagIds, groupCatalog, type CatalogCategoryRow, type CatalogProductRow } from "../../../../../lib/shops/catalog"
import { answerTags, cachedAnswer } from "../../../../../workflows/shops/utils/catalog-cache"
import { findCachedVisibleShop, type CachedVisibleShop } from "../../cached-visible-shop"
import { sendSerializedAnswer, serializeAnswer, type SerializedAnswer } from "../../send-cached-answer"

/**
 * GET /store/shops/:handle/catalog — the shop's categories, most products
 * first (ties by name), each with its products: MRP and sale price come from
 * Medusa's calculated price in the shop's currency. The serialized answer is
 * cached per shop and market until a change to what it shows (see README,
 * Catalog caching); a matching If-None-Match gets a 304.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop } = await findCachedVisibleShop(req, req.params.handle)
  const { region_id, currency_code } = shop.market
  const answer = await cachedAnswer<SerializedAnswer>(req.scope, `catalog:${shop.id}:${region_id ?? "-"}:${currency_code}`, () =>
    computeCatalog(req.scope, shop)
  )
  sendSerializedAnswer(req, res, answer)
}

/**
 * Category membership is read from the categories' side (40 categories with
 * their product ids) rather than by joining categories onto every product,
 * which costs more than everything else together (see bench/catalog).
 */
async function computeCatalog(container: MedusaContainer, shop: CachedVisibleShop) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { currency_code } = shop.market
  const [{ data: productLinks }, { data: categoryLinks }] = await Promise.all([
    query.graph({ entity: ShopProductLink.entryPoint, fields: ["product_id"], filters: { shop_id: shop.id } }),
    query.graph({ entity: ShopProductCategoryLink.entryPoint, fields: ["product_category_id"], filters: { shop_id: shop.id } }),
  ])
  const productIds = (productLinks as { product_id: string }[]).map((link) => link.product_id)
  const categoryIds = (categoryLinks as { product_category_id: string }[]).map((link) => link.product_category_id)
  const shopTags = [answerTags.shop(shop.id), ...productIds.map(answerTags.product), ...categoryIds.map(answerTags.category)]
  const header = { id: shop.id, handle: shop.handle }
  if (!productIds.length || !categoryIds.length) {
    return { value: serializeAnswer({ shop: header, categories: [] }), tags: shopTags }
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
        "variants.id",
        "variants.calculated_price.id",
        "variants.calculated_price.calculated_amount",
        "variants.calculated_price.original_amount",
      ],
      filters: { id: productIds, status: "published" },
      context: { variants: { calculated_price: QueryContext({ currency_code }) } },
    }),
  ])
  const rows = products as CatalogProductRow[]
  const { variantIds, priceSetIds } = catalogTagIds(rows)
  return {
    value: serializeAnswer({ shop: header, categories: groupCatalog(categories as CatalogCategoryRow[], rows, currency_code) }),
    tags: [...shopTags, ...variantIds.map(answerTags.variant), ...priceSetIds.map(answerTags.priceSet)],
  }
}
