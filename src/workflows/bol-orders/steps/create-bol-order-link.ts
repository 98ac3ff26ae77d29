import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOL_MODULE } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"

export type CreateBolOrderLinkInput = {
  account_id: string
  bol_order_id: string
  order_id: string
  fulfilment_method: string | null
}

export const createBolOrderLinkStep = createStep(
  "create-bol-order-link",
  async (input: CreateBolOrderLinkInput, { container }) => {
    const link = await container.resolve<BolModuleService>(BOL_MODULE).createBolOrderLinks({
      account_id: input.account_id,
      bol_order_id: input.bol_order_id,
      order_id: input.order_id,
      fulfilment_method: input.fulfilment_method,
    })
    return new StepResponse(link, link.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) await container.resolve<BolModuleService>(BOL_MODULE).deleteBolOrderLinks(id)
  }
)
