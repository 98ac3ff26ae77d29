import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownBolAccount } from "../../../../../../../workflows/bol-accounts/utils/shop-bol"
import { disconnectBolAccountWorkflow } from "../../../../../../../workflows/bol-accounts/disconnect-bol-account"
import { ownShopOf } from "../../../../../own-shop"

/** GET /seller/shops/:id/bol/accounts/:account_id — one bol.com account of the shop. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const shop = ownShopOf(req)
  res.json({ account: await ownBolAccount(req.scope, shop.id, req.params.account_id) })
}

/** DELETE /seller/shops/:id/bol/accounts/:account_id — disconnects the account; its synced data goes with it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await disconnectBolAccountWorkflow(req.scope).run({
    input: { shop_id: ownShopOf(req).id, account_id: req.params.account_id },
  })
  res.json({ id: result.id, object: "bol_account", deleted: true })
}
