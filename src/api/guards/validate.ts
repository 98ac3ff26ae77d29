import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { explainIssues, type InputPart, type ValidationIssue } from "../../lib/http/explain-issues"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Medusa's `validateAndTransformBody`, with a refusal that says per field
 * what was expected and what came (Medusa's own prints objects as
 * `[object Object]` and a missing body as `Field ''`).
 */
export function validateBody(schema: z.ZodTypeAny): Middleware {
  return explained(validateAndTransformBody(schema) as Middleware, schema, "body")
}

/** Medusa's `validateAndTransformQuery`, with refusals explained as in `validateBody`. */
export function validateQuery(
  schema: z.ZodTypeAny,
  config: Parameters<typeof validateAndTransformQuery>[1]
): Middleware {
  return explained(validateAndTransformQuery(schema, config) as Middleware, schema, "query")
}

function explained(medusa: Middleware, schema: z.ZodTypeAny, part: InputPart): Middleware {
  return (req, res, next) =>
    medusa(req, res, async (error?: unknown) => {
      if (!error) return next()
      const input = part === "body" ? req.body : req.query
      const parsed = await schema.safeParseAsync(input)
      // only Medusa's validator decides; this parse only explains its refusal
      next(parsed.success ? error : new MedusaError(MedusaError.Types.INVALID_DATA, explainIssues(parsed.error.issues as ValidationIssue[], input, part)))
    })
}
