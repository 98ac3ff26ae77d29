import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { WORKSPACE_VISIT_MINUTES } from "../../../lib/seller-admin/workspace-visit"

export type WorkspaceVisitInput = { seller_id: string; operator_id: string }

/** Records an operator's visit to a seller's workspace; it lets them read it for `WORKSPACE_VISIT_MINUTES`. */
export const recordWorkspaceVisitStep = createStep(
  "record-workspace-visit",
  async (input: WorkspaceVisitInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [seller] = await sellers.listSellers({ id: input.seller_id })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} was not found`)
    }
    const visit = await sellers.createWorkspaceVisits({
      seller_id: seller.id,
      operator_id: input.operator_id,
      expires_at: new Date(Date.now() + WORKSPACE_VISIT_MINUTES * 60_000),
    })
    return new StepResponse(visit, visit.id)
  },
  async (visitId, { container }) => {
    if (visitId) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteWorkspaceVisits([visitId])
  }
)
