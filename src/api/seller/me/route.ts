import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSeller } from "../helpers"

/** GET /seller/me — the signed-in seller's profile. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ seller: await currentSeller(req) })
}
