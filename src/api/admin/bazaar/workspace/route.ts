import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { sellerOfAdminActor } from "../../../../lib/seller-admin/seller-user"
import { visitedSeller } from "../../../seller/workspace-visit"

/**
 * GET /admin/bazaar/workspace — who is signed in to the admin: a seller (their workspace), or an operator,
 * with the seller whose workspace they visit (read-only) when the request names a visit.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const own = sellerOfAdminActor(req.auth_context)
  const sellerId = own ?? (await visitedSeller(req))
  const [seller] = sellerId ? await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerId }) : []
  res.json({
    workspace: {
      role: own ? "seller" : "operator",
      seller: seller ? { id: seller.id, name: seller.name, phone: seller.phone, status: seller.status } : null,
      read_only: !own && !!seller,
    },
  })
}
