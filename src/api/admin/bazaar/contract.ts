import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"

const Kind = z.enum(["redis", "in-memory"])

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "The installed Bazaar: version, options, capabilities, infrastructure",
    responses: {
      200: {
        description: "What this installation runs",
        schema: z.object({
          name: z.string(),
          version: z.string(),
          options: z.object({ storefront_url: z.string() }),
          capabilities: z.array(
            z.object({ id: z.string(), label: z.string(), enabled: z.boolean(), detail: z.string().optional() })
          ),
          infrastructure: z.object({
            worker_mode: z.string(),
            event_bus: Kind,
            workflow_engine: Kind,
            locking: Kind,
            caching: Kind,
          }),
        }),
        example: {
          name: "medusa-plugin-bazaar",
          version: "0.1.0",
          options: { storefront_url: "http://localhost:8000" },
          capabilities: [{ id: "sellers", label: "Sellers and shops", enabled: true, detail: "open sign-up" }],
          infrastructure: { worker_mode: "shared", event_bus: "in-memory", workflow_engine: "in-memory", locking: "in-memory", caching: "in-memory" },
        },
      },
    },
  },
})
