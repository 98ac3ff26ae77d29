import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, retrieveSyncedShipment } from "../../../../../workflows/bol-accounts/utils/shop-bol"

/** GET /admin/bol/shipments/:id — one synced shipment in full. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const accounts = await bolService(req.scope).listAccounts({})
  res.json({ shipment: await retrieveSyncedShipment(req.scope, accounts.map((a) => a.id), req.params.id) })
}
