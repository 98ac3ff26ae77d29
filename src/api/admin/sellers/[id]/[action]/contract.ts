import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../lib/openapi"

export default defineRouteContract({
  tag: "Admin",
  POST: {
    summary: "Approve (or reinstate) or suspend a seller",
    description: "`action` is `approve` (also reinstates a suspended seller) or `suspend`; any other action is a 404.",
    errors: [404],
    responses: {
      200: {
        description: "The seller with its new status",
        schema: z.object({
          seller: z.object({ id: z.string(), name: z.string(), phone: z.string(), status: z.enum(["pending", "active", "suspended"]) }),
        }),
        example: { seller: { id: "sel_01JD8XQ4", name: "Asha", phone: "+919000000001", status: "active" } },
      },
    },
  },
})
