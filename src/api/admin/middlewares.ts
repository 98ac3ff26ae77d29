import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../guards/validate"
import { AdminListBolShipmentsQuery } from "./bol/validators"
import { StartBolSyncBody } from "../seller/shops/[id]/bol/validators"
import { ListSellersQuery } from "./sellers/validators"

export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/sellers",
    methods: ["GET"],
    middlewares: [validateQuery(ListSellersQuery, { defaults: [], isList: true })],
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
