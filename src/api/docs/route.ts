import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { swaggerUiPage } from "./swagger-ui"

/**
 * GET /docs/ — Bazaar's API reference in Swagger UI. `/docs` without the
 * slash never gets here: the asset middleware on /docs (express.static)
 * redirects it to `/docs/`, where the page's relative asset links work.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.type("html").send(swaggerUiPage)
}
