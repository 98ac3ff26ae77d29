import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"
import { BolAccount, BolSyncRun, bolAccountExample, bolSyncRunExample } from "../../../seller/shops/[id]/bol/responses"

export default defineRouteContract({
  tag: "Admin: bol.com",
  GET: {
    summary: "Every shop's bol.com accounts with the latest run per resource",
    responses: {
      200: {
        description: "The accounts, oldest first",
        schema: z.object({
          accounts: z.array(
            BolAccount.extend({
              shop: z.object({ id: z.string(), name: z.string(), handle: z.string() }).nullable(),
              latest_runs: z.record(z.string(), BolSyncRun).describe("The latest run of each resource, by resource"),
            })
          ),
        }),
        example: {
          accounts: [
            {
              ...bolAccountExample,
              shop: { id: "shop_01JD8Y2M", name: "Chai & Samosa Corner", handle: "chai-samosa-corner" },
              latest_runs: { shipments: bolSyncRunExample },
            },
          ],
        },
      },
    },
  },
})
