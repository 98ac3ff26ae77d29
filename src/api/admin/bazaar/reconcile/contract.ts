import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page, timestamp } from "../../../../lib/openapi"
import { ListReconcileFindingsQuery, RunReconcileBody } from "./validators"

const Action = z.enum(["repaired", "alerted", "failed"])

const FindingOfRun = z.object({
  check: z.string(),
  subject_type: z.string(),
  subject_id: z.string(),
  action: Action,
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable().optional(),
})

const example = {
  check: "authorized-without-order",
  subject_type: "payment",
  subject_id: "pay_01JD8Z7K",
  action: "repaired" as const,
  outcome: "authorization canceled: cart cart_01JD8Z5Q never became an order",
  detail: { cart_id: "cart_01JD8Z5Q", amount: 480, currency_code: "inr", provider_id: "pp_stripe_stripe" },
}

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "What the order pipeline's reconcile job found and did",
    description:
      "One row per check and subject, latest first: payments authorized without an order (canceled), authorizations about to lapse (alerted), and repairs that failed (tried again on the next run).",
    query: ListReconcileFindingsQuery,
    responses: {
      200: {
        description: "A page of findings",
        schema: z.object({
          findings: z.array(
            FindingOfRun.extend({
              id: z.string(),
              times_seen: z.number().int(),
              first_seen_at: timestamp,
              last_seen_at: timestamp,
              created_at: timestamp,
              updated_at: timestamp,
              deleted_at: timestamp.nullable(),
            })
          ),
          ...page,
        }),
        example: {
          findings: [
            {
              id: "recf_01JD8ZA1",
              ...example,
              times_seen: 1,
              first_seen_at: "2026-12-01T10:00:00.000Z",
              last_seen_at: "2026-12-01T10:00:00.000Z",
              created_at: "2026-12-01T10:00:00.000Z",
              updated_at: "2026-12-01T10:00:00.000Z",
              deleted_at: null,
            },
          ],
          count: 1,
          limit: 50,
          offset: 0,
        },
      },
    },
  },
  POST: {
    summary: "Run the reconcile job now",
    body: RunReconcileBody,
    responses: {
      200: {
        description: "What this run found and did",
        schema: z.object({ findings: z.array(FindingOfRun) }),
        example: { findings: [example] },
      },
    },
  },
})
