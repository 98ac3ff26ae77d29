import { z } from "@medusajs/framework/zod"
import { defineRouteContract, timestamp } from "../../../../../lib/openapi"

const Visit = z.object({ id: z.string(), seller_id: z.string(), operator_id: z.string(), created_at: timestamp, expires_at: timestamp })
const visitExample = {
  id: "wsvisit_01JD8Z",
  seller_id: "sel_01JD8Y2M",
  operator_id: "user_01JD8X",
  created_at: "2026-12-01T10:00:00.000Z",
  expires_at: "2026-12-01T11:00:00.000Z",
}

export default defineRouteContract({
  tag: "Admin",
  POST: {
    summary: "Open a seller's workspace as an operator (read-only, recorded)",
    description:
      "Records the visit and answers its id. For the next hour, the Seller API answers the operator's admin session as this seller when " +
      "a request carries `x-bazaar-workspace-visit: <id>`, for reads only: a write answers `403`.",
    errors: [404],
    responses: { 201: { description: "The recorded visit", schema: z.object({ workspace_visit: Visit }), example: { workspace_visit: visitExample } } },
  },
  GET: {
    summary: "Operators' visits to a seller's workspace",
    responses: { 200: { description: "The latest 100 visits, newest first", schema: z.object({ workspace_visits: z.array(Visit) }), example: { workspace_visits: [visitExample] } } },
  },
})
