import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page, timestamp } from "../../../lib/openapi"
import { ListSellersQuery } from "./validators"

const SellerStatus = z.enum(["pending", "active", "suspended"])

export default defineRouteContract({
  tag: "Admin",
  GET: {
    summary: "Sellers with their shops, newest first",
    description: "`q` searches name and phone.",
    query: ListSellersQuery,
    responses: {
      200: {
        description: "A page of sellers",
        schema: z.object({
          sellers: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              phone: z.string(),
              status: SellerStatus,
              created_at: timestamp,
              shops: z.array(
                z.object({ id: z.string(), name: z.string(), handle: z.string(), status: z.enum(["active", "closed"]), link: z.string() })
              ),
            })
          ),
          ...page,
        }),
        example: {
          sellers: [
            {
              id: "sel_01JD8XQ4",
              name: "Asha",
              phone: "+919000000001",
              status: "active",
              created_at: "2026-11-30T10:00:00.000Z",
              shops: [{ id: "shop_01JD8Y2M", name: "Chai & Samosa Corner", handle: "chai-samosa-corner", status: "active", link: "http://localhost:8000/chai-samosa-corner" }],
            },
          ],
          count: 1,
          limit: 20,
          offset: 0,
        },
      },
    },
  },
})
