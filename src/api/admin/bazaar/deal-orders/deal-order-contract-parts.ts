import { z } from "@medusajs/framework/zod"
import { timestamp } from "../../../../lib/openapi"

export const DealOrderView = z.object({
  order_id: z.string(),
  display_id: z.number().int().nullable(),
  deal_id: z.string(),
  deal_title: z.string().nullable(),
  shop_id: z.string().nullable(),
  customer_id: z.string(),
  customer_contact: z.string().nullable(),
  quantity: z.number().int(),
  deal_price: z.number().nullable(),
  currency_code: z.string().nullable(),
  status: z.enum(["awaiting_approval", "approved", "rejected"]),
  order_state: z.enum(["placed", "accepted", "shipped", "delivered", "canceled"]).nullable().describe("Where the order stands in the shop's pipeline"),
  payment_status: z.string().nullable().describe("The payment collection's status: authorized, captured, canceled, …"),
  placed_at: timestamp.nullable(),
  approve_by: timestamp.nullable().describe("When the order is rejected automatically if nobody decided (option deals.approvalWindowHours)"),
  decided_at: timestamp.nullable(),
  reason: z.string().nullable(),
})

export const dealOrderExample = {
  order_id: "order_01JD8Z9X",
  display_id: 12,
  deal_id: "deal_01JD8ZB2",
  deal_title: "Masala chai 250 g",
  shop_id: "shop_01JD8Y2M",
  customer_id: "cus_01JD8Z1K",
  customer_contact: "+919000000002",
  quantity: 1,
  deal_price: 249,
  currency_code: "inr",
  status: "awaiting_approval",
  order_state: "placed",
  payment_status: "authorized",
  placed_at: "2026-12-01T10:00:00.000Z",
  approve_by: "2026-12-04T10:00:00.000Z",
  decided_at: null,
  reason: null,
}

export const DealOrderAnswer = z.object({ deal_order: DealOrderView })
