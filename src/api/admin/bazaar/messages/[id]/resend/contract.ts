import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../lib/openapi"
import { ResendMessageBody } from "../../validators"

export default defineRouteContract({
  tag: "Admin",
  POST: {
    summary: "Send a message again",
    description:
      "Sends the message (any of its attempts may be named) again to the same recipient with the same content, as a new attempt " +
      "linked to the first send. `status` is `sent`, or `failed` when the mail or SMS server refused it again (the retry job keeps trying).",
    body: ResendMessageBody,
    errors: [404],
    responses: {
      200: {
        description: "The new attempt",
        schema: z.object({
          resend: z.object({
            message_id: z.string(),
            attempt: z.number().int(),
            status: z.enum(["sent", "failed", "duplicate"]),
            notification_id: z.string().optional(),
          }),
        }),
        example: { resend: { message_id: "noti_01JD8ZB2", attempt: 3, status: "sent", notification_id: "noti_01JD8ZC7" } },
      },
    },
  },
})
