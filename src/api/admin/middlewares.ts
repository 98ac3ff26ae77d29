import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListSellersQuery } from "./sellers/validators"

export const adminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/sellers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListSellersQuery, { defaults: [], isList: true })],
  },
]
