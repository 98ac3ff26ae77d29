import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentSeller } from "./helpers"
import { ownShop } from "./shops/present"

type OwnShop = Awaited<ReturnType<typeof ownShop>>

const SHOP_IN_PATH = /^\/seller\/shops\/([^/?#]+)/
const shopOfRequest = new WeakMap<object, OwnShop>()

/**
 * For every `/seller/shops/:id/…` request: loads the signed-in seller's shop
 * `:id` once, before any route or validator, so that another seller's shop is
 * a 404 (as a missing one) on every route, whatever else the request says.
 */
export async function resolveOwnShop(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const match = SHOP_IN_PATH.exec(req.originalUrl)
  if (match && req.auth_context?.actor_id) {
    const seller = await currentSeller(req)
    shopOfRequest.set(req, await ownShop(req, seller.id, decodeURIComponent(match[1])))
  }
  next()
}

/** The shop of `:id` that `resolveOwnShop` loaded for this request. */
export function ownShopOf(req: AuthenticatedMedusaRequest): OwnShop {
  const shop = shopOfRequest.get(req)
  if (!shop) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `No shop was resolved for ${req.method} ${req.originalUrl}: is resolveOwnShop in its middlewares?`
    )
  }
  return shop
}
