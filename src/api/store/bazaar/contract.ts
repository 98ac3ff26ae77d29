import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"

export default defineRouteContract({
  tag: "Store",
  GET: {
    summary: "The installed Bazaar: name, version, capabilities",
    responses: {
      200: {
        description: "What this marketplace offers",
        schema: z.object({
          name: z.string(),
          version: z.string(),
          capabilities: z.array(z.object({ id: z.string(), label: z.string(), enabled: z.boolean() })),
        }),
        example: { name: "medusa-plugin-bazaar", version: "0.1.0", capabilities: [{ id: "sellers", label: "Sellers and shops", enabled: true }] },
      },
    },
  },
})
