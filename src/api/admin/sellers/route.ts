import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentSellerForOperator } from "./present"
import type { ListSellersQueryType } from "./validators"

/** GET /admin/sellers?q=&status=&limit=&offset= — sellers with their shops, newest first. */
export async function GET(req: MedusaRequest<unknown, ListSellersQueryType>, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { phone: { $ilike: `%${q}%` } }]
  const { data, metadata } = await query.graph({
    entity: "seller",
    fields: ["id", "name", "phone", "status", "created_at", "shops.id", "shops.name", "shops.handle", "shops.status"],
    filters,
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({
    sellers: data.map((seller: any) => presentSellerForOperator(req, seller)),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
