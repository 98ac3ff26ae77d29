import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../lib/openapi"
import { DealAnswer, dealExample, DealView } from "../deal-contract-parts"
import { UpdateDealBody } from "../validators"

export default defineRouteContract({
  tag: "Admin: lightning deals",
  GET: {
    summary: "A lightning deal",
    errors: [404],
    responses: {
      200: {
        description: "The deal and the server's time",
        schema: z.object({ deal: DealView, server_time: timestamp }),
        example: { deal: dealExample, server_time: "2026-12-01T10:00:00.000Z" },
      },
    },
  },
  POST: {
    summary: "Change a lightning deal",
    description:
      "Any of price, units, window, per-customer limit and recurrence, under the same rules as creating one; `total_units` may not drop " +
      "below the units already claimed, held for the waitlist or sold. An ended, canceled or declined deal cannot be changed (`400`).",
    body: UpdateDealBody,
    errors: [404],
    responses: { 200: { description: "The deal", schema: DealAnswer, example: { deal: dealExample } } },
  },
})
