import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListBolShipmentsQuery } from "./bol/validators"
import { StartBolSyncBody } from "../seller/validators"
import { ListSellersQuery } from "./sellers/validators"

export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/sellers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListSellersQuery, { defaults: [], isList: true })],
  },
  {
    matcher: "/admin/bol/shipments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListBolShipmentsQuery, {})],
  },
  {
    matcher: "/admin/bol/accounts/:id/sync",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StartBolSyncBody)],
  },
]
