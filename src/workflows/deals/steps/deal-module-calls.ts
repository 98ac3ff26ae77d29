import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE, DealError } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import type { DealChanges } from "../../../modules/deal/service"

const deals = (container: { resolve: <T>(key: string) => T }) => container.resolve<DealModuleService>(DEAL_MODULE)

export const changeDealStep = createStep(
  "change-deal",
  async (input: { id: string; changes: DealChanges }, { container }) =>
    new StepResponse(await deals(container).changeDeal(input.id, input.changes))
)

export const decideDealProposalStep = createStep(
  "decide-deal-proposal",
  async (input: { id: string; approve: boolean; reason: string | null }, { container }) =>
    new StepResponse(await deals(container).decideProposal(input.id, input.approve, input.reason))
)

export const cancelDealStep = createStep(
  "cancel-deal",
  async (input: { id: string; reason: string | null }, { container }) => {
    const { deal, settled } = await deals(container).cancelDeal(input.id, input.reason)
    return new StepResponse({ deal, offers: settled.offers })
  }
)

/** A deal of the given shop (404 for another shop's: a shop's routes never reach another's deals). */
export const loadShopDealStep = createStep(
  "load-shop-deal",
  async (input: { deal_id: string; shop_id: string }, { container }) => {
    const [deal] = await deals(container).listDeals({ id: input.deal_id, shop_id: input.shop_id })
    if (!deal) throw new DealError("deal_not_found", `No deal ${input.deal_id} in this shop`)
    return new StepResponse(deal)
  }
)
