import { z } from "@medusajs/framework/zod"

const dateTime = z.coerce.date({ error: "expected an ISO 8601 date-time such as 2026-12-01T10:00:00Z" })
const money = z.number().positive().max(1e12)

/** The terms of a new deal, as a seller proposes them (an operator adds `shop_id`). */
export const DealTermsBody = z
  .object({
    variant_id: z.string().min(1).max(100),
    price: money.describe("The deal price, in the shop currency's main unit; at most the variant's MRP"),
    total_units: z.number().int().min(1).max(1_000_000),
    starts_at: dateTime,
    ends_at: dateTime.describe("At most 12 hours after starts_at"),
    per_customer_limit: z.number().int().min(1).max(1000).optional().describe("Units one customer may claim (default 1)"),
    recurrence: z.enum(["daily"]).nullable().optional().describe("`daily`: the same window every day, units refreshed at 00:00 UTC"),
  })
  .strict()
export type DealTermsBodyType = z.infer<typeof DealTermsBody>

export const CreateDealBody = DealTermsBody.extend({ shop_id: z.string().min(1).max(100) }).strict()
export type CreateDealBodyType = z.infer<typeof CreateDealBody>

export const UpdateDealBody = z
  .object({
    price: money.optional(),
    total_units: z.number().int().min(1).max(1_000_000).optional(),
    starts_at: dateTime.optional(),
    ends_at: dateTime.optional(),
    per_customer_limit: z.number().int().min(1).max(1000).optional(),
    recurrence: z.enum(["daily"]).nullable().optional(),
  })
  .strict()
export type UpdateDealBodyType = z.infer<typeof UpdateDealBody>

export const DEAL_STATES = ["proposed", "declined", "canceled", "scheduled", "live", "ended"] as const

export const ListDealsQuery = z
  .object({
    state: z.enum(DEAL_STATES).optional(),
    shop_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListDealsQueryType = z.infer<typeof ListDealsQuery>

export const ReasonBody = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export const OptionalReasonBody = z.object({ reason: z.string().trim().min(1).max(500).optional() }).strict()
export const EmptyDealBody = z.object({}).strict()

export const ListDealOrdersQuery = z
  .object({
    status: z.enum(["awaiting_approval", "approved", "rejected"]).default("awaiting_approval"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ListDealOrdersQueryType = z.infer<typeof ListDealOrdersQuery>
