import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolAccountOverview } from "../../../../workflows/bol-accounts/utils/account-overview"

/** GET /admin/bol/accounts — every shop's bol.com accounts with the latest run per resource. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ accounts: await bolAccountOverview(req.scope) })
}
