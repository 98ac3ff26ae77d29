import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import { DEAL_CLAIM_METADATA_KEY } from "../utils/deal-lines"

/** Records which cart line carries the claim, so that removing the line releases it. */
export const attachClaimLineStep = createStep(
  "attach-claim-line",
  async (input: { cart_id: string; claim_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const line = (data[0]?.items ?? []).find(
      (item: any) => item?.metadata?.[DEAL_CLAIM_METADATA_KEY] === input.claim_id
    )
    if (line) await container.resolve<DealModuleService>(DEAL_MODULE).attachLine(input.claim_id, line.id)
    return new StepResponse({ line_item_id: (line?.id as string | undefined) ?? null })
  }
)
