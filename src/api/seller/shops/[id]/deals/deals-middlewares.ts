import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../../guards/validate"
import { DealTermsBody } from "../../../../admin/bazaar/deals/validators"
import { ListSellerDealsQuery } from "./validators"

/** Sellers' deal proposals (authentication and the own-shop check come from src/api/seller/middlewares.ts). */
export const sellerDealsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/shops/:id/deals", methods: ["GET"], middlewares: [validateQuery(ListSellerDealsQuery, {})] },
  { matcher: "/seller/shops/:id/deals", methods: ["POST"], middlewares: [validateBody(DealTermsBody)] },
]
