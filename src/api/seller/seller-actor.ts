import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sellerOfAdminActor } from "../../lib/seller-admin/seller-user"
import { authenticateActor } from "../guards/authenticate"
import { visitedSeller } from "./workspace-visit"

const AUTH_METHODS: ("session" | "bearer")[] = ["session", "bearer"]
const authenticateSellerOrUser = authenticateActor(["seller", "user"], AUTH_METHODS)

/**
 * The Seller API's sign-in: a seller's own token or session, or the admin
 * session of a seller signed in to the admin (their workspace calls these
 * routes), which acts as that seller. An operator's admin session acts as a
 * seller only through a recorded workspace visit, and only reads.
 */
export function authenticateSeller(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return authenticateSellerOrUser(req, res, (error?: unknown) => {
    if (error || req.auth_context.actor_type === "seller") return next(error)
    actAsSeller(req).then(() => next(), next)
  })
}

async function actAsSeller(req: AuthenticatedMedusaRequest) {
  const sellerId = sellerOfAdminActor(req.auth_context)
  if (sellerId) {
    req.auth_context = { ...req.auth_context, actor_type: "seller", actor_id: sellerId }
    return
  }
  const visited = await visitedSeller(req)
  if (!visited) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "The Seller API is for sellers; operators use the Admin API")
  }
  if (req.method !== "GET") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "An operator's visit to a seller's workspace is read-only")
  }
  req.auth_context = { ...req.auth_context, actor_type: "seller", actor_id: visited }
}
