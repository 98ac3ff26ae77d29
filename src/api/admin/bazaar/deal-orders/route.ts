import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDealOrders } from "../../../../workflows/deals/utils/list-deal-orders"
import type { ListDealOrdersQueryType } from "../deals/validators"

/** GET /admin/bazaar/deal-orders?status= — deal orders, by default those waiting for approval, oldest first. */
export async function GET(req: MedusaRequest<unknown, ListDealOrdersQueryType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const { deal_orders, count } = await listDealOrders(req.scope, { status, limit, offset })
  res.json({ deal_orders, count, limit, offset })
}
