import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentShopAddress } from "../../../../lib/shops/address"
import { shopLink } from "../../../seller/helpers"
import { findCachedVisibleShop } from "../cached-visible-shop"
import { sendSerializedAnswer, serializeAnswer } from "../send-cached-answer"

/**
 * GET /store/shops/:handle — a shop as buyers see it, with the publishable
 * key that scopes Medusa's store routes (products, carts) to it. An old
 * handle still answers, with `redirect` naming the current link. Cached per
 * handle; answers carry an ETag and a matching If-None-Match gets a 304.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shop, requested } = await findCachedVisibleShop(req, req.params.handle)
  const answer = serializeAnswer({
    shop: {
      id: shop.id,
      name: shop.name,
      handle: shop.handle,
      link: shopLink(req, shop.handle),
      address: presentShopAddress(shop),
      publishable_key: shop.publishable_key,
    },
    redirect:
      shop.handle === requested ? null : { handle: shop.handle, link: shopLink(req, shop.handle) },
  })
  sendSerializedAnswer(req, res, answer)
}
