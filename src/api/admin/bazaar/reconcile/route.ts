import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECONCILE_MODULE } from "../../../../modules/reconcile"
import type ReconcileModuleService from "../../../../modules/reconcile/service"
import { DEFAULT_RECONCILE_THRESHOLDS, reconcileOrdersWorkflow } from "../../../../workflows/order-pipeline/reconcile-orders"
import type { ListReconcileFindingsQueryType } from "./validators"

/** GET /admin/bazaar/reconcile?action=&limit=&offset= — what the reconcile job found and did, latest first. */
export async function GET(req: MedusaRequest<unknown, ListReconcileFindingsQueryType>, res: MedusaResponse) {
  const { action, limit, offset } = req.validatedQuery
  const reconcile = req.scope.resolve<ReconcileModuleService>(RECONCILE_MODULE)
  const [findings, count] = await reconcile.listAndCountReconcileFindings(action ? { action } : {}, {
    take: limit,
    skip: offset,
    order: { last_seen_at: "DESC" },
  })
  res.json({ findings, count, limit, offset })
}

/** POST /admin/bazaar/reconcile — runs the reconcile job now and answers what it found and did. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await reconcileOrdersWorkflow(req.scope).run({
    input: { now: new Date().toISOString(), ...DEFAULT_RECONCILE_THRESHOLDS },
  })
  res.json({ findings: result })
}
