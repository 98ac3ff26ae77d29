import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, listSyncedShipments } from "../../../../workflows/bol-accounts/utils/shop-bol"
import type { AdminListBolShipmentsQueryType } from "../validators"

/** GET /admin/bol/shipments — synced shipments of all shops (or `shop_id`, `account_id`), with the seller filters. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop_id, account_id, ...filters } = req.validatedQuery as unknown as AdminListBolShipmentsQueryType
  const accounts = await bolService(req.scope).listAccounts({
    ...(shop_id ? { shop_id } : {}),
    ...(account_id ? { id: account_id } : {}),
  })
  const page = await listSyncedShipments(req.scope, accounts.map((a) => a.id), filters)
  res.json({ ...page, limit: filters.limit, offset: filters.offset })
}
