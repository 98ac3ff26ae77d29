import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopCommerceContext } from "../../../../../lib/shops/commerce-context"
import { createShopProductWorkflow } from "../../../../../workflows/shop-products/create-shop-product"
import { currentSeller } from "../../../helpers"
import { ownShop } from "../../present"
import type { CreateShopProductBodyType } from "../../../validators"

/** GET /seller/shops/:id/products — the shop's products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shop",
    fields: ["products.id", "products.title", "products.thumbnail", "products.categories.name"],
    filters: { id: shop.id },
  })
  const products = ((data[0] as any)?.products ?? []) as any[]
  res.json({
    products: products.map((p) => ({
      id: p.id,
      name: p.title,
      image_url: p.thumbnail,
      category: p.categories?.[0]?.name ?? null,
    })),
  })
}

/** POST /seller/shops/:id/products — uploads a product into the shop. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateShopProductBodyType>,
  res: MedusaResponse
) {
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const commerce = await shopCommerceContext(req.scope, shop)
  const body = req.validatedBody
  const { result } = await createShopProductWorkflow(req.scope).run({
    input: {
      shop_id: shop.id,
      ...commerce,
      name: body.name,
      description: body.description ?? null,
      mrp: body.mrp,
      sale_price: body.sale_price ?? null,
      image_url: body.image_url,
      category: body.category,
    },
  })
  res.status(201).json({ product: result })
}
