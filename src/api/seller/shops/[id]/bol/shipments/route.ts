import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, listSyncedShipments } from "../../../../../../workflows/bol-accounts/utils/shop-bol"
import type { ListBolShipmentsQueryType } from "../validators"
import { ownShopOf } from "../../../../own-shop"

/**
 * GET /seller/shops/:id/bol/shipments — the shop's synced bol.com shipments,
 * newest first, filtered by `fulfilment_method`, `order_id`, `shipped_from`/`shipped_to`.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const filters = req.validatedQuery as unknown as ListBolShipmentsQueryType
  const accounts = await bolService(req.scope).listAccounts({ shop_id: shop.id })
  const page = await listSyncedShipments(req.scope, accounts.map((a) => a.id), filters)
  res.json({ ...page, limit: filters.limit, offset: filters.offset })
}
