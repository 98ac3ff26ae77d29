import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../lib/openapi"
import { StartBolSyncBody } from "../../../../../seller/shops/[id]/bol/validators"
import { BolSyncRun, bolSyncRunExample } from "../../../../../seller/shops/[id]/bol/responses"

const RunAnswer = z.object({ run: BolSyncRun })

export default defineRouteContract({
  tag: "Admin: bol.com",
  POST: {
    summary: "Sync an account now (\"Sync now\")",
    body: StartBolSyncBody,
    errors: [404],
    responses: {
      202: { description: "A sync started", schema: RunAnswer, example: { run: bolSyncRunExample } },
      200: { description: "A sync of that resource is already running: that run", schema: RunAnswer },
    },
  },
})
