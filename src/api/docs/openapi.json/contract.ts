import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"

export default defineRouteContract({
  tag: "Docs",
  GET: {
    summary: "This reference as an OpenAPI 3.1 document",
    description: "Built from the route contracts (`contract.ts` beside each `route.ts`) when first asked for.",
    responses: {
      200: {
        description: "The OpenAPI document",
        schema: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
})
