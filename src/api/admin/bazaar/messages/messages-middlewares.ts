import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../guards/validate"
import { ListMessagesQuery, ResendMessageBody } from "./validators"

/** The operators' messages routes; spread into src/api/middlewares.ts. */
export const messagesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/bazaar/messages", methods: ["GET"], middlewares: [validateQuery(ListMessagesQuery, {})] },
  { matcher: "/admin/bazaar/messages/:id/resend", methods: ["POST"], middlewares: [validateBody(ResendMessageBody)] },
]
