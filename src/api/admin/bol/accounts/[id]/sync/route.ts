import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bolService } from "../../../../../../workflows/bol-accounts/utils/shop-bol"
import { startBolSyncWorkflow } from "../../../../../../workflows/bol-sync/start-bol-sync"
import type { StartBolSyncBodyType } from "../../../../../seller/shops/[id]/bol/validators"

/** POST /admin/bol/accounts/:id/sync `{ resource? }` — "Sync now" for operators (`202 { run }`, or `200` with the running one). */
export async function POST(req: MedusaRequest<StartBolSyncBodyType>, res: MedusaResponse) {
  const [account] = await bolService(req.scope).listAccounts({ id: req.params.id })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `bol.com account ${req.params.id} was not found`)
  const { result } = await startBolSyncWorkflow(req.scope).run({
    input: { account_id: account.id, resource: req.validatedBody.resource, trigger: "manual" },
  })
  res.status(result.started ? 202 : 200).json({ run: result.run })
}
