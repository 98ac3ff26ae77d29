import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownBolAccount } from "../../../../../../../../workflows/bol-accounts/utils/shop-bol"
import { startBolSyncWorkflow } from "../../../../../../../../workflows/bol-sync/start-bol-sync"
import type { StartBolSyncBodyType } from "../../../validators"
import { ownShopOf } from "../../../../../../own-shop"

/**
 * POST /seller/shops/:id/bol/accounts/:account_id/sync `{ resource? }` — starts
 * a sync now (`202 { run }`); a sync already running answers that run (`200`).
 */
export async function POST(req: AuthenticatedMedusaRequest<StartBolSyncBodyType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const account = await ownBolAccount(req.scope, shop.id, req.params.account_id)
  const { result } = await startBolSyncWorkflow(req.scope).run({
    input: { account_id: account.id, resource: req.validatedBody.resource, trigger: "manual" },
  })
  res.status(result.started ? 202 : 200).json({ run: result.run })
}
