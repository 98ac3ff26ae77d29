import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"
import { SellerRecord, sellerRecordExample } from "../shops/responses"

export default defineRouteContract({
  tag: "Seller",
  GET: {
    summary: "The signed-in seller's profile",
    responses: { 200: { description: "The seller", schema: z.object({ seller: SellerRecord }), example: { seller: sellerRecordExample } } },
  },
})
