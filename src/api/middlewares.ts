import { defineMiddlewares } from "@medusajs/framework/http"
import { validateBody } from "./guards/validate"
import { PhoneOtpBody } from "./auth/[actor_type]/phone-otp/validators"
import { bazaarErrorHandler } from "./guards/error-handler"
import { rejectMalformedInput } from "./guards/reject-malformed-input"
import { guardSellerAdmin } from "./guards/seller-admin"
import { sellerMiddlewares } from "./seller/middlewares"
import { adminMiddlewares } from "./admin/middlewares"
import { messagesMiddlewares } from "./admin/bazaar/messages/messages-middlewares"
import { adminDealsMiddlewares } from "./admin/bazaar/deals/deals-middlewares"
import { storeDealsMiddlewares } from "./store/shops/[handle]/deals/deals-middlewares"
import { sellerDealsMiddlewares } from "./seller/shops/[id]/deals/deals-middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { storeInvoiceMiddlewares } from "./store/orders/[id]/invoice/invoice-middlewares"
import { idempotencyKeyMiddlewares } from "./guards/idempotency-key"
import { swaggerUiAssets } from "./docs/swagger-ui"
import { dedupeStripeEvents, STRIPE_WEBHOOK_PATH } from "./hooks/payment/stripe-event-dedupe"

export default defineMiddlewares({
  errorHandler: bazaarErrorHandler(),
  routes: [
    // no methods: a global middleware, which Medusa runs before every route's own
    { matcher: "/", middlewares: [rejectMalformedInput] },
    // a seller signed in to the admin reaches only their own shops' data there (deny by default)
    { matcher: "/admin", middlewares: [guardSellerAdmin] },
    // Swagger UI's files for the API reference at /docs/ (global too: express.static under /docs)
    { matcher: "/docs", middlewares: swaggerUiAssets },
    {
      matcher: "/auth/:actor_type/phone-otp",
      methods: ["POST"],
      middlewares: [validateBody(PhoneOtpBody)],
    },
    ...sellerMiddlewares,
    ...adminMiddlewares,
    ...messagesMiddlewares,
    ...adminDealsMiddlewares,
    ...sellerDealsMiddlewares,
    ...storeDealsMiddlewares,
    ...storeMiddlewares,
    // Stripe's webhook: signature checked and event id deduplicated before Medusa's route queues it
    { matcher: STRIPE_WEBHOOK_PATH, methods: ["POST"], middlewares: [dedupeStripeEvents] },
    ...storeInvoiceMiddlewares,
    // last: the key is claimed after each route's own authentication, upload parsing and validation
    ...idempotencyKeyMiddlewares(__dirname),
  ],
})
