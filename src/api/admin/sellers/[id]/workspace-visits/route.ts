import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { recordWorkspaceVisitWorkflow } from "../../../../../workflows/seller-admin/record-workspace-visit"

const present = (visit: { id: string; seller_id: string; operator_id: string; expires_at: Date | string; created_at: Date | string }) => ({
  id: visit.id,
  seller_id: visit.seller_id,
  operator_id: visit.operator_id,
  created_at: new Date(visit.created_at).toISOString(),
  expires_at: new Date(visit.expires_at).toISOString(),
})

/** POST /admin/sellers/:id/workspace-visits — an operator opens the seller's workspace, read-only; the visit is recorded. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await recordWorkspaceVisitWorkflow(req.scope).run({
    input: { seller_id: req.params.id, operator_id: req.auth_context.actor_id },
  })
  res.status(201).json({ workspace_visit: present(result as any) })
}

/** GET /admin/sellers/:id/workspace-visits — who opened the seller's workspace and when, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const visits = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listWorkspaceVisits({ seller_id: req.params.id }, { order: { created_at: "DESC" }, take: 100 })
  res.json({ workspace_visits: visits.map((visit) => present(visit as any)) })
}
