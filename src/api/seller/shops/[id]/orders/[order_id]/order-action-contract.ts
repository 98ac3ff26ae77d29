import { z } from "@medusajs/framework/zod"
import type { OperationContract } from "../../../../../../lib/openapi"
import { ShopOrder, shopOrderExample } from "../../../responses"

/** A seller's step on an order (accept, ship, deliver, cancel): the order as it is after the step. */
export function orderActionOperation(summary: string, body: z.ZodType, description?: string): OperationContract {
  return {
    summary,
    description: [description, "A step out of order is a `400` saying what must come first."].filter(Boolean).join(" "),
    body,
    errors: [403, 404],
    responses: {
      200: { description: "The order after the step", schema: z.object({ order: ShopOrder }), example: { order: shopOrderExample } },
    },
  }
}
