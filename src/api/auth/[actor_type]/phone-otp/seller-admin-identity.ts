import type { AuthIdentityDTO, IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BAZAAR_MODULE } from "../../../../modules/bazaar"
import type BazaarModuleService from "../../../../modules/bazaar/service"
import { ensureSellerUserWorkflow } from "../../../../workflows/seller-admin/ensure-seller-user"

/**
 * Phone sign-in to the admin is for sellers only: the identity must be a
 * seller's, and gets the seller's admin user on its first sign-in. Operators
 * sign in with email and password.
 */
export async function sellerAdminIdentity(container: MedusaContainer, identity: AuthIdentityDTO): Promise<AuthIdentityDTO> {
  const { sellerAdmin } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  if (!sellerAdmin.enabled) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Sellers may not sign in to the admin here (Bazaar option sellerAdmin.enabled is off)")
  }
  const sellerId = identity.app_metadata?.seller_id
  if (typeof sellerId !== "string" || !sellerId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This phone number has no seller account: register as a seller first (POST /seller/register); operators sign in with email and password"
    )
  }
  if (identity.app_metadata?.user_id) return identity
  await ensureSellerUserWorkflow(container).run({ input: { seller_id: sellerId, auth_identity_id: identity.id } })
  return container.resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(identity.id)
}
