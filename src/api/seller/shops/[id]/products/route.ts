import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopCommerceContext } from "../../../../../workflows/shops/utils/commerce-context"
import { listShopProducts, ownShopProduct } from "../../../../../workflows/shop-products/utils/shop-products"
import { createShopProductWorkflow } from "../../../../../workflows/shop-products/create-shop-product"
import { productImageUrl } from "../../../product-image-upload"
import type { CreateShopProductBodyType } from "./validators"
import { ownShopOf } from "../../../own-shop"

/** GET /seller/shops/:id/products — the shop's products with MRP and sale price. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const { currency_code } = await shopCommerceContext(req.scope, shop)
  res.json({ products: await listShopProducts(req.scope, shop.id, currency_code) })
}

/**
 * POST /seller/shops/:id/products — uploads a product into the shop: JSON
 * with `image_url`, or multipart/form-data with an `image` file.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreateShopProductBodyType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const commerce = await shopCommerceContext(req.scope, shop)
  const body = req.validatedBody
  const imageUrl = (await productImageUrl(req, body.image_url, true)) as string
  const { result } = await createShopProductWorkflow(req.scope).run({
    input: {
      shop_id: shop.id,
      shop_handle: shop.handle,
      sales_channel_id: commerce.sales_channel_id,
      currency_code: commerce.currency_code,
      name: body.name,
      description: body.description ?? null,
      mrp: body.mrp,
      sale_price: body.sale_price ?? null,
      image_url: imageUrl,
      category: body.category,
    },
  })
  res.status(201).json({ product: await ownShopProduct(req.scope, shop.id, result.id, commerce.currency_code) })
}
