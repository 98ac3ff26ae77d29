import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import type { DealDraft } from "../../../modules/deal/service"

export const createDealStep = createStep(
  "create-deal",
  async (draft: DealDraft, { container }) => {
    const deal = await container.resolve<DealModuleService>(DEAL_MODULE).createDeal(draft)
    return new StepResponse(deal, deal.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<DealModuleService>(DEAL_MODULE).deleteDeals([id])
  }
)
