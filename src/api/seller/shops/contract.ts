import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"
import { SellerShop, sellerShopExample } from "./responses"
import { CreateShopBody } from "./validators"

export default defineRouteContract({
  tag: "Seller: shops",
  GET: {
    summary: "The signed-in seller's shops, oldest first",
    responses: { 200: { description: "The shops", schema: z.object({ shops: z.array(SellerShop) }), example: { shops: [sellerShopExample] } } },
  },
  POST: {
    summary: "Open a shop: its own link, sales channel, publishable key and delivery option",
    body: CreateShopBody,
    errors: [403],
    responses: {
      201: {
        description: "The new shop with its publishable key",
        schema: z.object({ shop: SellerShop.extend({ publishable_key: z.string() }) }),
        example: { shop: { ...sellerShopExample, publishable_key: "pk_01JD8Y2N" } },
      },
    },
  },
})
