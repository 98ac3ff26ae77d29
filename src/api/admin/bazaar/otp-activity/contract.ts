import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "Daily phone-login counts (never codes or numbers)",
    description: "`?days=` (a whole number from 1 to 90, default 14) chooses how many days back.",
    responses: {
      200: {
        description: "One row per day with activity",
        schema: z.object({
          days: z.number().int(),
          activity: z.array(
            z.object({ day: z.string(), sent: z.number().int(), verified: z.number().int(), failed: z.number().int(), locked: z.number().int() })
          ),
        }),
        example: { days: 14, activity: [{ day: "2026-11-30", sent: 3, verified: 2, failed: 1, locked: 0 }] },
      },
    },
  },
})
