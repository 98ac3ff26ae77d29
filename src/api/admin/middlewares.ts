import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../guards/validate"
import { AdminListBolShipmentsQuery } from "./bol/validators"
import { StartBolSyncBody } from "../seller/shops/[id]/bol/validators"
import { ListReconcileFindingsQuery, RunReconcileBody } from "./bazaar/reconcile/validators"
import { ListSellersQuery } from "./sellers/validators"

export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/sellers",
    methods: ["GET"],
    middlewares: [validateQuery(ListSellersQuery, { defaults: [], isList: true })],
  },
  {
    matcher: "/admin/bazaar/reconcile",
    methods: ["GET"],
    middlewares: [validateQuery(ListReconcileFindingsQuery, {})],
  },
  {
    matcher: "/admin/bazaar/reconcile",
    methods: ["POST"],
    middlewares: [validateBody(RunReconcileBody)],
  },
  {
    matcher: "/admin/bol/shipments",
    methods: ["GET"],
    middlewares: [validateQuery(AdminListBolShipmentsQuery, {})],
  },
  {
    matcher: "/admin/bol/accounts/:id/sync",
    methods: ["POST"],
    middlewares: [validateBody(StartBolSyncBody)],
  },
]
