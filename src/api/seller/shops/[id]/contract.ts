import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"
import { SellerShop, sellerShopExample } from "../responses"
import { UpdateShopBody } from "../validators"

const ShopAnswer = z.object({ shop: SellerShop })
const ShopWithHandles = z.object({
  shop: SellerShop.extend({ former_handles: z.array(z.string()).describe("Earlier handles, oldest first: their links still lead here") }),
})

export default defineRouteContract({
  tag: "Seller: shops",
  GET: {
    summary: "One of the seller's shops",
    errors: [404],
    responses: {
      200: { description: "The shop", schema: ShopWithHandles, example: { shop: { ...sellerShopExample, former_handles: ["ashas-tea-stall"] } } },
    },
  },
  POST: {
    summary: "Rename a shop or change its address",
    description: "The handle stays unless `new_handle` is true; former handles keep resolving.",
    body: UpdateShopBody,
    errors: [403, 404],
    responses: { 200: { description: "The shop as it is now", schema: ShopAnswer, example: { shop: sellerShopExample } } },
  },
})
