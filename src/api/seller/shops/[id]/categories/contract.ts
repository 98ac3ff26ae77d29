import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../lib/openapi"

export default defineRouteContract({
  tag: "Seller: products",
  GET: {
    summary: "The shop's categories by name, with how many of its products each holds",
    errors: [404],
    responses: {
      200: {
        description: "The categories",
        schema: z.object({
          categories: z.array(z.object({ id: z.string(), name: z.string(), handle: z.string(), product_count: z.number().int() })),
        }),
        example: { categories: [{ id: "pcat_01JD8YC1", name: "Tea", handle: "chai-samosa-corner-tea", product_count: 3 }] },
      },
    },
  },
})
