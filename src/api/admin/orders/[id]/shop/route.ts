import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentShopOwner, SHOP_OWNER_FIELDS } from "../../../shop-owner"

/** GET /admin/orders/:id/shop — the shop an order was placed in and its seller (`null` for other orders). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", ...SHOP_OWNER_FIELDS], filters: { id: req.params.id } })
  res.json(presentShopOwner(req, (data[0] as any)?.shop))
}
