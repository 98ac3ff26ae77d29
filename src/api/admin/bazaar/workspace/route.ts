import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { sellerOfAdminActor } from "../../../../lib/seller-admin/seller-user"

/** GET /admin/bazaar/workspace — who is signed in to the admin: a seller (their workspace) or an operator. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = sellerOfAdminActor(req.auth_context)
  if (!sellerId) {
    return res.json({ workspace: { role: "operator", seller: null } })
  }
  const [seller] = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerId })
  res.json({
    workspace: {
      role: "seller",
      seller: seller ? { id: seller.id, name: seller.name, phone: seller.phone, status: seller.status } : null,
    },
  })
}
