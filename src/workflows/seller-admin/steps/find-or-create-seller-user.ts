import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { sellerUserEmail } from "../../../lib/seller-admin/seller-user"

export type SellerUser = { id: string; email: string }

/**
 * The Medusa admin user a seller signs in to the admin as: found by its
 * reserved address (`sellerUserEmail`), or created with the seller's name.
 */
export const findOrCreateSellerUserStep = createStep(
  "find-or-create-seller-user",
  async ({ seller_id }: { seller_id: string }, { container }): Promise<StepResponse<SellerUser, string | null>> => {
    const [seller] = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: seller_id })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${seller_id} was not found`)
    }
    const users = container.resolve(Modules.USER)
    const email = sellerUserEmail(seller.id)
    const [existing] = await users.listUsers({ email })
    if (existing) {
      return new StepResponse({ id: existing.id, email }, null)
    }
    const created = await users.createUsers({ email, first_name: seller.name, metadata: { bazaar_seller_id: seller.id } })
    return new StepResponse({ id: created.id, email }, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve(Modules.USER).deleteUsers([createdId])
    }
  }
)
