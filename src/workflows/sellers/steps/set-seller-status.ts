import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type SellerStatus = "pending" | "active" | "suspended"

export const setSellerStatusStep = createStep(
  "set-seller-status",
  async (input: { seller_id: string; status: SellerStatus }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await sellers.retrieveSeller(input.seller_id)
    const after = await sellers.updateSellers({ id: input.seller_id, status: input.status })
    return new StepResponse(after, { id: before.id, status: before.status as SellerStatus })
  },
  async (previous: { id: string; status: SellerStatus } | undefined, { container }) => {
    if (previous) {
      await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
    }
  }
)
