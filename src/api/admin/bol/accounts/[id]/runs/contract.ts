import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../lib/openapi"
import { BolSyncRun, bolSyncRunExample } from "../../../../../seller/shops/[id]/bol/responses"

export default defineRouteContract({
  tag: "Admin: bol.com",
  GET: {
    summary: "An account's last 50 sync runs, newest first",
    errors: [404],
    responses: {
      200: { description: "The runs", schema: z.object({ runs: z.array(BolSyncRun) }), example: { runs: [bolSyncRunExample] } },
    },
  },
})
