import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"

/** Releases the cart's claims whose line is gone (removed through Bazaar's or Medusa's routes). */
export const releaseRemovedDealLinesStep = createStep(
  "release-removed-deal-lines",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: input.cart_id } })
    const lineIds = (data[0]?.items ?? []).flatMap((item: any) => (item?.id ? [item.id as string] : []))
    const released = await container.resolve<DealModuleService>(DEAL_MODULE).releaseRemovedLines(input.cart_id, lineIds)
    return new StepResponse(released)
  }
)
