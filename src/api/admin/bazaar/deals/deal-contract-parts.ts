import { z } from "@medusajs/framework/zod"
import { page, timestamp } from "../../../../lib/openapi"
import { DEAL_STATES } from "./validators"

export const DealView = z.object({
  id: z.string(),
  shop_id: z.string(),
  product_id: z.string(),
  variant_id: z.string(),
  title: z.string(),
  currency_code: z.string(),
  mrp: z.number(),
  price: z.number(),
  total_units: z.number().int(),
  available_units: z.number().int(),
  percent_claimed: z.number().int(),
  starts_at: timestamp,
  ends_at: timestamp,
  state: z.enum(DEAL_STATES),
  status_reason: z.string().nullable(),
  per_customer_limit: z.number().int(),
  recurrence: z.enum(["daily"]).nullable(),
  occurrence_of: z.string().nullable(),
  proposed_by: z.string().nullable(),
})

export const dealExample = {
  id: "deal_01JD8ZB2",
  shop_id: "shop_01JD8Y2M",
  product_id: "prod_01JD8Y3A",
  variant_id: "variant_01JD8Y3B",
  title: "Masala chai 250 g",
  currency_code: "inr",
  mrp: 400,
  price: 249,
  total_units: 50,
  available_units: 12,
  percent_claimed: 76,
  starts_at: "2026-12-01T06:00:00.000Z",
  ends_at: "2026-12-01T18:00:00.000Z",
  state: "live",
  status_reason: null,
  per_customer_limit: 1,
  recurrence: null,
  occurrence_of: null,
  proposed_by: null,
}

export const DealAnswer = z.object({ deal: DealView })

/** A page of deals with the server's time (for countdowns that do not trust the browser's clock). */
export const dealListResponse = {
  description: "A page of deals",
  schema: z.object({ deals: z.array(DealView), ...page, server_time: timestamp }),
  example: { deals: [dealExample], count: 1, limit: 50, offset: 0, server_time: "2026-12-01T10:00:00.000Z" },
}
