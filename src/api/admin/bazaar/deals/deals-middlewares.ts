import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../guards/validate"
import {
  CreateDealBody,
  EmptyDealBody,
  ListDealOrdersQuery,
  ListDealsQuery,
  OptionalReasonBody,
  ReasonBody,
  UpdateDealBody,
} from "./validators"

/** The operators' lightning-deal routes; spread into src/api/middlewares.ts. */
export const adminDealsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/bazaar/deals", methods: ["GET"], middlewares: [validateQuery(ListDealsQuery, {})] },
  { matcher: "/admin/bazaar/deals", methods: ["POST"], middlewares: [validateBody(CreateDealBody)] },
  { matcher: "/admin/bazaar/deals/:id", methods: ["POST"], middlewares: [validateBody(UpdateDealBody)] },
  { matcher: "/admin/bazaar/deals/:id/approve", methods: ["POST"], middlewares: [validateBody(EmptyDealBody)] },
  { matcher: "/admin/bazaar/deals/:id/decline", methods: ["POST"], middlewares: [validateBody(ReasonBody)] },
  { matcher: "/admin/bazaar/deals/:id/cancel", methods: ["POST"], middlewares: [validateBody(OptionalReasonBody)] },
  { matcher: "/admin/bazaar/deal-orders", methods: ["GET"], middlewares: [validateQuery(ListDealOrdersQuery, {})] },
  { matcher: "/admin/bazaar/deal-orders/:order_id/approve", methods: ["POST"], middlewares: [validateBody(EmptyDealBody)] },
  { matcher: "/admin/bazaar/deal-orders/:order_id/reject", methods: ["POST"], middlewares: [validateBody(ReasonBody)] },
]
