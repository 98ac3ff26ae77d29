import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService } from "../../../../../../workflows/bol-accounts/utils/shop-bol"
import { connectBolAccountWorkflow } from "../../../../../../workflows/bol-accounts/connect-bol-account"
import type { CreateBolAccountBodyType } from "../validators"
import { ownShopOf } from "../../../../own-shop"

/** GET /seller/shops/:id/bol/accounts — the shop's bol.com accounts (never their secrets). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  res.json({ accounts: await bolService(req.scope).listAccounts({ shop_id: shop.id }, { order: { created_at: "ASC" } }) })
}

/**
 * POST /seller/shops/:id/bol/accounts — connects a bol.com account. The
 * credentials are checked with one token request before anything is saved;
 * the secret is stored encrypted and never answered. 409 for a second account
 * of the same client.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreateBolAccountBodyType>, res: MedusaResponse) {
  const { result: account } = await connectBolAccountWorkflow(req.scope).run({
    input: { shop_id: ownShopOf(req).id, ...req.validatedBody },
  })
  res.status(201).json({ account })
}
