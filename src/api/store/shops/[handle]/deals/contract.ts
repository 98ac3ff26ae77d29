import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../lib/openapi"

export const StoreDeal = z.object({
  id: z.string(),
  product_id: z.string(),
  variant_id: z.string(),
  title: z.string(),
  currency_code: z.string(),
  mrp: z.number(),
  price: z.number().nullable().describe("Null until the deal starts"),
  units_left: z.number().int(),
  total_units: z.number().int(),
  percent_claimed: z.number().int().describe("Units in carts, held for the waitlist or sold, of the total"),
  per_customer_limit: z.number().int(),
  starts_at: timestamp,
  ends_at: timestamp,
})

const liveExample = {
  id: "deal_01JD8ZB2",
  product_id: "prod_01JD8Y3A",
  variant_id: "variant_01JD8Y3B",
  title: "Masala chai 250 g",
  currency_code: "inr",
  mrp: 400,
  price: 249,
  units_left: 12,
  total_units: 50,
  percent_claimed: 76,
  per_customer_limit: 1,
  starts_at: "2026-12-01T06:00:00.000Z",
  ends_at: "2026-12-01T18:00:00.000Z",
}

export default defineRouteContract({
  tag: "Store: lightning deals",
  GET: {
    summary: "The shop's lightning deals",
    description:
      "`live`: deals on now, soonest end first, with the deal price, MRP, units left and % claimed. `upcoming`: deals that start later, " +
      "with no price until they start. `server_time` is the server's clock, for countdowns.",
    errors: [404],
    responses: {
      200: {
        description: "Live and upcoming deals",
        schema: z.object({ live: z.array(StoreDeal), upcoming: z.array(StoreDeal), server_time: timestamp }),
        example: {
          live: [liveExample],
          upcoming: [{ ...liveExample, id: "deal_01JD8ZC4", price: null, units_left: 20, total_units: 20, percent_claimed: 0, starts_at: "2026-12-02T06:00:00.000Z", ends_at: "2026-12-02T12:00:00.000Z" }],
          server_time: "2026-12-01T10:00:00.000Z",
        },
      },
    },
  },
})
