import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../../../lib/openapi"
import { ShopCart, shopCartExample } from "../../../../responses"
import { ClaimDealBody } from "../../validators"

export default defineRouteContract({
  tag: "Store: lightning deals",
  POST: {
    summary: "Claim a lightning deal into the cart",
    description:
      "The signed-in customer's cart of this shop gets a line at the deal price (set on the server) and the units are held for them until " +
      "`expires_at` (option `deals.claimMinutes`, 15 by default); removing the line releases them. One claim per customer and deal. " +
      "Refusals: `409` with `code` `deal_sold_out` (every unit claimed: join the waitlist), `deal_limit_reached`, `deal_not_live`; " +
      "`404` `deal_not_found` for a deal of another shop.",
    access: "customer",
    body: ClaimDealBody,
    errors: [404, 409],
    responses: {
      201: {
        description: "The claim and the cart",
        schema: z.object({
          claim: z.object({
            id: z.string(),
            deal_id: z.string(),
            quantity: z.number().int(),
            line_item_id: z.string().nullable(),
            expires_at: timestamp,
          }),
          cart: ShopCart,
        }),
        example: {
          claim: { id: "dclaim_01JD8ZD1", deal_id: "deal_01JD8ZB2", quantity: 1, line_item_id: "cali_01JD8ZD2", expires_at: "2026-12-01T10:15:00.000Z" },
          cart: shopCartExample.cart,
        },
      },
    },
  },
})
