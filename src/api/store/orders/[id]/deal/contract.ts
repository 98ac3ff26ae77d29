import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../lib/openapi"

export default defineRouteContract({
  tag: "Store: lightning deals",
  GET: {
    summary: "My deal order's status",
    description:
      "`awaiting_approval` (the payment is authorized, not taken), `approved` (captured; the order goes on as any order: see " +
      "`order_state`: placed, accepted, shipped, delivered) or `rejected` with the reason (the order is canceled and the authorization released). Another customer's " +
      "order is a `404`.",
    access: "customer",
    errors: [404],
    responses: {
      200: {
        description: "The deal order",
        schema: z.object({
          deal_order: z.object({
            order_id: z.string(),
            deal_id: z.string(),
            deal_title: z.string().nullable(),
            quantity: z.number().int(),
            status: z.enum(["awaiting_approval", "approved", "rejected"]),
            reason: z.string().nullable(),
            decided_at: timestamp.nullable(),
            order_state: z.enum(["placed", "accepted", "shipped", "delivered", "canceled"]).nullable(),
            payment_status: z.string().nullable().describe("authorized, captured, canceled, …"),
          }),
        }),
        example: {
          deal_order: {
            order_id: "order_01JD8Z9X",
            deal_id: "deal_01JD8ZB2",
            deal_title: "Masala chai 250 g",
            quantity: 1,
            status: "approved",
            reason: null,
            decided_at: "2026-12-01T11:00:00.000Z",
            order_state: "accepted",
            payment_status: "captured",
          },
        },
      },
    },
  },
})
