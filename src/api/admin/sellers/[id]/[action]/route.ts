import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setSellerStatusWorkflow } from "../../../../../workflows/sellers/set-seller-status"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"

const ACTIONS = new Map([
  ["approve", "active"],
  ["suspend", "suspended"],
] as const)

/** POST /admin/sellers/:id/:action — `approve` (also reinstates) or `suspend`. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  // a Map, not an object: "constructor" or "__proto__" must not find an inherited member
  const status = ACTIONS.get(req.params.action as "approve" | "suspend")
  if (!status) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action "${req.params.action}": use approve or suspend`)
  }
  const [seller] = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: req.params.id })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.id} was not found`)
  }
  const { result } = await setSellerStatusWorkflow(req.scope).run({
    input: { seller_id: seller.id, status },
  })
  res.json({ seller: { id: result.id, name: result.name, phone: result.phone, status: result.status } })
}
