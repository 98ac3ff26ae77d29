import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolEndpoints } from "../../../../../../lib/bol-accounts/endpoints"
import { bolService } from "../../../../../../lib/bol-accounts/shop-bol"
import { verifyBolCredentials } from "../../../../../../lib/bol-accounts/verify-credentials"
import { BAZAAR_MODULE } from "../../../../../../modules/bazaar"
import type BazaarModuleService from "../../../../../../modules/bazaar/service"
import type { CreateBolAccountBodyType } from "../../../../validators"
import { ownShopOf } from "../../../../own-shop"

/** GET /seller/shops/:id/bol/accounts — the shop's bol.com accounts (never their secrets). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  res.json({ accounts: await bolService(req.scope).listAccounts({ shop_id: shop.id }, { order: { created_at: "ASC" } }) })
}

/**
 * POST /seller/shops/:id/bol/accounts — connects a bol.com account. The
 * credentials are checked with one token request before anything is saved;
 * the secret is stored encrypted and never answered.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreateBolAccountBodyType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const body = req.validatedBody
  const { bol } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  const endpoints = bolEndpoints(body, bol.allowCustomUrls)
  const [existing] = await bolService(req.scope).listAccounts({ shop_id: shop.id, client_id: body.client_id })
  if (existing) {
    return res.status(409).json({ type: "conflict", message: `This shop already has a bol.com account for client ${body.client_id}` })
  }
  await verifyBolCredentials({ ...body, token_url: endpoints.token_url })
  const account = await bolService(req.scope).createAccount({
    shop_id: shop.id,
    label: body.label,
    client_id: body.client_id,
    client_secret: body.client_secret,
    resources: body.resources,
    ...endpoints,
  })
  res.status(201).json({ account })
}
