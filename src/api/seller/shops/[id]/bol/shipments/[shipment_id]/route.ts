import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, retrieveSyncedShipment } from "../../../../../../../lib/bol-accounts/shop-bol"
import { currentSeller } from "../../../../../helpers"
import { ownShop } from "../../../../present"

/** GET /seller/shops/:id/bol/shipments/:shipment_id — one synced shipment in full. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const shop = await ownShop(req, seller.id, req.params.id)
  const accounts = await bolService(req.scope).listAccounts({ shop_id: shop.id })
  res.json({ shipment: await retrieveSyncedShipment(req.scope, accounts.map((a) => a.id), req.params.shipment_id) })
}
