import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService, ownBolAccount } from "../../../../../../../../workflows/bol-accounts/utils/shop-bol"
import { ownShopOf } from "../../../../../../own-shop"

/** GET /seller/shops/:id/bol/accounts/:account_id/runs — the account's last 50 sync runs, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const account = await ownBolAccount(req.scope, shop.id, req.params.account_id)
  const runs = await bolService(req.scope).listBolSyncRuns(
    { account_id: account.id },
    { order: { started_at: "DESC" }, take: 50 }
  )
  res.json({ runs })
}
