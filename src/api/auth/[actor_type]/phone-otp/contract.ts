import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"
import { PhoneOtpBody } from "./validators"

export default defineRouteContract({
  tag: "Auth",
  POST: {
    summary: "Phone + OTP login: `{ phone }` sends a code, `{ phone, code }` answers a Medusa token",
    description:
      "`actor_type` is one of the configured actor types (`customer`, `seller` by default). The code request answers the same for every valid number.",
    body: PhoneOtpBody,
    responses: {
      200: {
        description: "A code was sent (`{ location, expires_in }`), or the code was right (`{ token }`)",
        schema: z.union([
          z.object({ location: z.literal("otp"), expires_in: z.number().int().describe("Seconds the code lives") }),
          z.object({ token: z.string().describe("Medusa's JWT for the actor type") }),
        ]),
        example: { location: "otp", expires_in: 300 },
      },
      401: { description: "A wrong, expired, reused or superseded code, or too many wrong codes (request a new one)" },
      429: {
        description: "Over a sending limit",
        headers: { "Retry-After": { description: "Seconds to wait before asking again", schema: { type: "integer" } } },
      },
    },
  },
})
