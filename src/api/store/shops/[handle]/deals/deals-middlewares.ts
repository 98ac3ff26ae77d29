import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticateActor } from "../../../../guards/authenticate"
import { validateBody } from "../../../../guards/validate"
import { ClaimDealBody, JoinWaitlistBody } from "./validators"

const customer = authenticateActor("customer", ["session", "bearer"])

/** Buyers' deal routes: claims and the waitlist belong to a signed-in customer; spread into src/api/middlewares.ts. */
export const storeDealsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/shops/:handle/deals/:deal_id/claims",
    methods: ["POST"],
    middlewares: [customer, validateBody(ClaimDealBody)],
  },
  { matcher: "/store/shops/:handle/deals/:deal_id/waitlist", methods: ["GET"], middlewares: [customer] },
  {
    matcher: "/store/shops/:handle/deals/:deal_id/waitlist",
    methods: ["POST"],
    middlewares: [customer, validateBody(JoinWaitlistBody)],
  },
  { matcher: "/store/orders/:id/deal", methods: ["GET"], middlewares: [customer] },
]
