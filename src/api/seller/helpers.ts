import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BAZAAR_MODULE } from "../../modules/bazaar"
import type BazaarModuleService from "../../modules/bazaar/service"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

export function sellerService(req: AuthenticatedMedusaRequest) {
  return req.scope.resolve<SellerModuleService>(SELLER_MODULE)
}

async function loadSeller(req: AuthenticatedMedusaRequest) {
  const [seller] = await sellerService(req).listSellers({ id: req.auth_context.actor_id })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Seller not found")
  }
  return seller
}

// The suspension middleware and the route both need the seller: load it once per request.
const sellerOfRequest = new WeakMap<object, ReturnType<typeof loadSeller>>()

/** The signed-in seller; 401 if the token's seller no longer exists. */
export function currentSeller(req: AuthenticatedMedusaRequest) {
  let seller = sellerOfRequest.get(req)
  if (!seller) {
    seller = loadSeller(req)
    sellerOfRequest.set(req, seller)
  }
  return seller
}

export function shopLink(req: AuthenticatedMedusaRequest | { scope: AuthenticatedMedusaRequest["scope"] }, handle: string) {
  const { storefrontUrl } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  return `${storefrontUrl}/${handle}`
}
