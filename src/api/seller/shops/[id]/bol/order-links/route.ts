import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bolService } from "../../../../../../workflows/bol-accounts/utils/shop-bol"
import { presentOrderLink } from "../../../../../../workflows/bol-orders/utils/order-links"
import { linkBolOrderWorkflow } from "../../../../../../workflows/bol-orders/link-bol-order"
import type { LinkBolOrderBodyType, ListBolOrderLinksQueryType } from "../validators"
import { ownShopOrder } from "../../orders/shop-orders"
import { ownShopOf } from "../../../../own-shop"

/** GET /seller/shops/:id/bol/order-links — which of the shop's orders are bol.com orders. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListBolOrderLinksQueryType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const { order_id, limit, offset } = req.validatedQuery as ListBolOrderLinksQueryType
  const service = bolService(req.scope)
  const accountIds = (await service.listAccounts({ shop_id: shop.id })).map((account) => account.id)
  const [links, count] = accountIds.length
    ? await service.listAndCountBolOrderLinks(
        { account_id: accountIds, ...(order_id ? { order_id } : {}) },
        { skip: offset, take: limit, order: { created_at: "DESC" } }
      )
    : [[], 0]
  res.json({ order_links: links.map(presentOrderLink), count, limit, offset })
}

/**
 * POST /seller/shops/:id/bol/order-links — links one of the shop's orders to
 * a bol.com order (checked with bol first); accepting the order then ships it
 * through bol.com.
 */
export async function POST(req: AuthenticatedMedusaRequest<LinkBolOrderBodyType>, res: MedusaResponse) {
  const shop = ownShopOf(req)
  const body = req.validatedBody
  await ownShopOrder(req, shop.id, body.order_id)
  // an order or bol order linked already is a ConflictError: 409 with its message (src/api/guards/error-handler.ts)
  const { result } = await linkBolOrderWorkflow(req.scope).run({ input: { shop, ...body } })
  res.status(201).json({ order_link: presentOrderLink(result.link) })
}
