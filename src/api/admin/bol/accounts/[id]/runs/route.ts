import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bolService } from "../../../../../../workflows/bol-accounts/utils/shop-bol"

/** GET /admin/bol/accounts/:id/runs — the account's last 50 sync runs with their counts and errors. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const bol = bolService(req.scope)
  const [account] = await bol.listAccounts({ id: req.params.id })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `bol.com account ${req.params.id} was not found`)
  const runs = await bol.listBolSyncRuns({ account_id: account.id }, { order: { started_at: "DESC" }, take: 50 })
  res.json({ runs })
}
