import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { createSellerWorkflow } from "../../../workflows/sellers/create-seller"
import type { RegisterSellerBodyType } from "./validators"

/**
 * POST /seller/register — turns a phone-verified `seller` identity (from
 * POST /auth/seller/phone-otp) into a seller. Refresh the token afterwards
 * (POST /auth/token/refresh) to act as that seller.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<RegisterSellerBodyType>,
  res: MedusaResponse
) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This identity is already a registered seller")
  }
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const phone = identity.provider_identities?.find((p) => p.provider === "phone-otp")?.entity_id
  if (!phone) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Sellers register with a phone number verified through POST /auth/seller/phone-otp"
    )
  }
  const { requireSellerApproval } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  const { result: seller } = await createSellerWorkflow(req.scope).run({
    input: {
      phone,
      name: req.validatedBody.name,
      status: requireSellerApproval ? "pending" : "active",
      auth_identity_id: identity.id,
    },
  })
  res.status(201).json({ seller })
}
