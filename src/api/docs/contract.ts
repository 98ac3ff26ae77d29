import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../lib/openapi"

export default defineRouteContract({
  tag: "Docs",
  GET: {
    summary: "This reference, browsable (Swagger UI)",
    description: "`/docs` redirects to `/docs/`, whose page loads its scripts and styles from beside it (`/docs/swagger-ui.css`, …).",
    responses: {
      200: { description: "The Swagger UI page", schema: z.string(), contentType: "text/html" },
      301: { description: "To `/docs/` (asked without the trailing slash)", headers: { Location: { description: "`/docs/`" } } },
    },
  },
})
