import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../../../lib/openapi"
import { JoinWaitlistBody } from "../../validators"

const WaitlistEntryAnswer = z.object({
  waitlist_entry: z.object({
    id: z.string(),
    deal_id: z.string(),
    status: z.enum(["waiting", "offered", "claimed", "expired", "ended"]),
    position: z.number().int().nullable().describe("The place in line while waiting (1 is next)"),
    offered_until: timestamp.nullable().describe("While offered: claim the deal before this time"),
    joined_at: timestamp,
  }),
})

const example = {
  waitlist_entry: { id: "dwait_01JD8ZE3", deal_id: "deal_01JD8ZB2", status: "waiting", position: 3, offered_until: null, joined_at: "2026-12-01T10:05:00.000Z" },
}

export default defineRouteContract({
  tag: "Store: lightning deals",
  GET: {
    summary: "My place in a deal's waitlist",
    description: "`offered`: a released unit is held for you until `offered_until`; claim the deal to take it.",
    access: "customer",
    errors: [404],
    responses: { 200: { description: "The customer's latest entry", schema: WaitlistEntryAnswer, example } },
  },
  POST: {
    summary: "Join a sold-out deal's waitlist",
    description:
      "Only when every unit is claimed (`409` `deal_units_left` otherwise). Released units go to the first in line, who gets a message " +
      "and `deals.waitlistOfferMinutes` (10 by default) to claim; the waitlist ends with the deal. Joining again answers the same entry.",
    access: "customer",
    body: JoinWaitlistBody,
    errors: [404, 409],
    responses: { 201: { description: "The entry", schema: WaitlistEntryAnswer, example } },
  },
})
