import { z } from "@medusajs/framework/zod"
import type { OperationContract } from "../../lib/openapi"

/** `GET /admin/{products,orders}/:id/shop`: the record's shop and seller, null outside any shop. */
export function shopOwnerOperation(record: "product" | "order"): OperationContract {
  return {
    summary: `The shop and seller of ${record === "order" ? "an order" : "a product"}`,
    errors: [404],
    responses: {
      200: {
        description: `Both null for ${record === "order" ? "an order placed outside any shop" : "a product of the marketplace itself"}`,
        schema: z.object({
          shop: z.object({ id: z.string(), name: z.string(), handle: z.string(), link: z.string() }).nullable(),
          seller: z.object({ id: z.string(), name: z.string(), status: z.enum(["pending", "active", "suspended"]) }).nullable(),
        }),
        example: {
          shop: { id: "shop_01JD8Y2M", name: "Chai & Samosa Corner", handle: "chai-samosa-corner", link: "http://localhost:8000/chai-samosa-corner" },
          seller: { id: "sel_01JD8XQ4", name: "Asha", status: "active" },
        },
      },
    },
  }
}
