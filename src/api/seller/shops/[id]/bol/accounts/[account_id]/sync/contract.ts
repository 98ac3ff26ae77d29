import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../../../lib/openapi"
import { BolSyncRun, bolSyncRunExample } from "../../../responses"
import { StartBolSyncBody } from "../../../validators"

const RunAnswer = z.object({ run: BolSyncRun })

export default defineRouteContract({
  tag: "Seller: bol.com",
  POST: {
    summary: "Start a sync now",
    body: StartBolSyncBody,
    errors: [403, 404],
    responses: {
      202: { description: "A sync started", schema: RunAnswer, example: { run: bolSyncRunExample } },
      200: { description: "A sync of that resource is already running: that run", schema: RunAnswer },
    },
  },
})
