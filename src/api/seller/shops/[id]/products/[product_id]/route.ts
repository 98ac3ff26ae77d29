import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { shopCommerceContext } from "../../../../../../workflows/shops/utils/commerce-context"
import { ownShopProduct } from "../../../../../../workflows/shop-products/utils/shop-products"
import { updateShopProductWorkflow } from "../../../../../../workflows/shop-products/update-shop-product"
import { productImageUrl } from "../../../../product-image-upload"
import type { UpdateShopProductBodyType } from "../validators"
import { ownShopOf } from "../../../../own-shop"

async function ownProductOfRequest(req: AuthenticatedMedusaRequest) {
  const shop = ownShopOf(req)
  const commerce = await shopCommerceContext(req.scope, shop)
  const product = await ownShopProduct(req.scope, shop.id, req.params.product_id, commerce.currency_code)
  return { shop, commerce, product }
}

/** GET /seller/shops/:id/products/:product_id — one product of the shop. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product } = await ownProductOfRequest(req)
  res.json({ product })
}

/**
 * POST /seller/shops/:id/products/:product_id — changes the fields given
 * (JSON, or multipart/form-data with a new `image` file).
 */
export async function POST(req: AuthenticatedMedusaRequest<UpdateShopProductBodyType>, res: MedusaResponse) {
  const { shop, commerce, product } = await ownProductOfRequest(req)
  const body = req.validatedBody
  const mrp = body.mrp ?? product.mrp
  const salePrice = body.sale_price === undefined ? product.sale_price : body.sale_price
  if (salePrice !== null && mrp !== null && salePrice > mrp) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `sale_price cannot be above mrp (${mrp})`)
  }
  const imageUrl = await productImageUrl(req, body.image_url, false)
  await updateShopProductWorkflow(req.scope).run({
    input: {
      shop_id: shop.id,
      product_id: product.id,
      variant_id: product.variant_id!,
      currency_code: commerce.currency_code,
      name: body.name,
      description: body.description,
      mrp: body.mrp,
      // a new MRP at or below the standing sale price ends the sale
      sale_price: body.sale_price === undefined && salePrice !== null && mrp !== null && salePrice >= mrp ? null : body.sale_price,
      image_url: imageUrl,
      category: body.category,
    },
  })
  res.json({ product: await ownShopProduct(req.scope, shop.id, product.id, commerce.currency_code) })
}

/** DELETE /seller/shops/:id/products/:product_id — removes the product from the shop and the catalog. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product } = await ownProductOfRequest(req)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [product.id] } })
  res.json({ id: product.id, object: "product", deleted: true })
}
