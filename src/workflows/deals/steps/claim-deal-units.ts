import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import type { ClaimRequest } from "../../../modules/deal/service"

/** Holds units of a live deal for the customer; undone (units back) when the cart change after it fails. */
export const claimDealUnitsStep = createStep(
  "claim-deal-units",
  async (request: ClaimRequest, { container }) => {
    const { claim, settled } = await container.resolve<DealModuleService>(DEAL_MODULE).claim(request)
    return new StepResponse({ claim, offers: settled.offers }, claim.id)
  },
  async (claimId, { container }) => {
    if (claimId) await container.resolve<DealModuleService>(DEAL_MODULE).releaseClaims([claimId])
  }
)
