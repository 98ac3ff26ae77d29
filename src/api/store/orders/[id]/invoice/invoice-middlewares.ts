import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticateActor } from "../../../../guards/authenticate"

/** Medusa leaves `/store/orders/:id` open to guests; a buyer's invoice needs the signed-in customer. */
export const storeInvoiceMiddlewares: MiddlewareRoute[] = ["/store/orders/:id/invoice", "/store/orders/:id/invoice/pdf"].map(
  (matcher) => ({
    matcher,
    methods: ["GET"],
    middlewares: [authenticateActor("customer", ["session", "bearer"])],
  })
)
