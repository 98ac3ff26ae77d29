import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openApiDocument } from "../../openapi/document"

/** GET /docs/openapi.json — the OpenAPI 3.1 document of Bazaar's routes. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json(openApiDocument())
}
