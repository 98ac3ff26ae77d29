import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, retrieveSyncedShipment } from "../../../../../../../workflows/bol-accounts/utils/shop-bol"
import { ownShopOf } from "../../../../../own-shop"

/** GET /seller/shops/:id/bol/shipments/:shipment_id — one synced shipment in full. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const accounts = await bolService(req.scope).listAccounts({ shop_id: shop.id })
  res.json({ shipment: await retrieveSyncedShipment(req.scope, accounts.map((a) => a.id), req.params.shipment_id) })
}
