import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentShopOwner, SHOP_OWNER_FIELDS } from "../../../shop-owner"

/** GET /admin/products/:id/shop — the shop and seller a product belongs to (`null` for marketplace products). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", ...SHOP_OWNER_FIELDS], filters: { id: req.params.id } })
  res.json(presentShopOwner(req, (data[0] as any)?.shop))
}
