import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "Who is signed in to the admin: a seller or an operator",
    description:
      "A seller signs in to the admin with their phone (`POST /auth/user/phone-otp`, then `POST /auth/session`) and works in their " +
      "workspace at `/app/workspace`; Medusa's admin routes answer them only for their own shops' products and orders, and `403` otherwise. An operator " +
      "whose request carries `x-bazaar-workspace-visit` (see `POST /admin/sellers/{id}/workspace-visits`) gets the visited seller, `read_only`.",
    responses: {
      200: {
        description: "The role of the signed-in admin user",
        schema: z.object({
          workspace: z.object({
            role: z.enum(["seller", "operator"]),
            seller: z.object({ id: z.string(), name: z.string(), phone: z.string(), status: z.string() }).nullable(),
            read_only: z.boolean(),
          }),
        }),
        example: { workspace: { role: "seller", seller: { id: "sel_01JD8Y2M", name: "Asha Patel", phone: "+919000000001", status: "active" }, read_only: false } },
      },
    },
  },
})
