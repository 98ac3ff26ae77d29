import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateSellerStepInput = { phone: string; name: string; status: "pending" | "active" }

export const createSellerStep = createStep(
  "create-seller",
  async (input: CreateSellerStepInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [existing] = await sellers.listSellers({ phone: input.phone })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "A seller with this phone number is already registered"
      )
    }
    const seller = await sellers.createSellers(input)
    return new StepResponse(seller, seller.id)
  },
  async (sellerId: string | undefined, { container }) => {
    if (sellerId) {
      await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellers(sellerId)
    }
  }
)
