import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { WORKSPACE_VISIT_HEADER } from "../../lib/seller-admin/workspace-visit"

/**
 * The seller whose workspace an operator is visiting: the visit named by the
 * request's `x-bazaar-workspace-visit` header, recorded by this operator and
 * not expired. Null when the request names none.
 */
export async function visitedSeller(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const visitId = req.get(WORKSPACE_VISIT_HEADER)
  if (!visitId) return null
  const [visit] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listWorkspaceVisits({ id: visitId, operator_id: req.auth_context.actor_id })
  if (!visit || new Date(visit.expires_at).getTime() <= Date.now()) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Workspace visit ${visitId} is not yours or has expired: open the seller's workspace again from Sellers`
    )
  }
  return visit.seller_id
}
