import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

/**
 * Medusa's `authenticate`, refusing through the error handler: Medusa's own
 * answers its refusal with `{ message }` alone, while every error of Bazaar's
 * routes is `{ type, message }`.
 */
export function authenticateActor(...args: Parameters<typeof authenticate>): Middleware {
  const medusa = authenticate(...args) as unknown as Middleware
  return (req, res, next) => {
    const refusal = {
      status: () => refusal,
      json: (body: { message?: unknown }) =>
        next(new MedusaError(MedusaError.Types.UNAUTHORIZED, String(body?.message ?? "Unauthorized"))),
    }
    // Medusa's middleware touches its response only to refuse (status(401).json(...))
    return medusa(req, refusal as unknown as MedusaResponse, next)
  }
}
