import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page, timestamp } from "../../../../lib/openapi"
import { ListMessagesQuery } from "./validators"

export const Message = z.object({
  id: z.string(),
  to: z.string(),
  channel: z.string(),
  template: z.string().nullable(),
  status: z.enum(["failure", "pending", "success"]),
  trigger_type: z.string().nullable(),
  resource_type: z.string().nullable(),
  resource_id: z.string().nullable(),
  original_notification_id: z.string().nullable(),
  delivered: z.boolean(),
  created_at: timestamp,
})

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "Messages sent to buyers and sellers",
    description:
      "Every attempt of every order message (email and SMS), failures first, then pending, then sent, newest first within each. " +
      "A retry or resend names its first send in `original_notification_id`; `delivered` says whether any attempt of the message got through. " +
      "Failed sends are retried with backoff by the `bazaar-retry-failed-messages` job.",
    query: ListMessagesQuery,
    responses: {
      200: {
        description: "A page of messages",
        schema: z.object({ messages: z.array(Message), ...page }),
        example: {
          messages: [
            {
              id: "noti_01JD8ZB2",
              to: "buyer@example.com",
              channel: "email",
              template: "buyer-order-shipped",
              status: "failure",
              trigger_type: "shipment.created",
              resource_type: "order",
              resource_id: "order_01JD8Z9X",
              original_notification_id: null,
              delivered: false,
              created_at: "2026-12-01T10:00:00.000Z",
            },
          ],
          count: 1,
          limit: 50,
          offset: 0,
        },
      },
    },
  },
})
