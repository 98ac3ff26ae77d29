import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { PhoneOtpBody } from "./auth/[actor_type]/phone-otp/validators"
import { sellerMiddlewares } from "./seller/middlewares"
import { adminMiddlewares } from "./admin/middlewares"
import { storeMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/auth/:actor_type/phone-otp",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(PhoneOtpBody)],
    },
    ...sellerMiddlewares,
    ...adminMiddlewares,
    ...storeMiddlewares,
  ],
})
