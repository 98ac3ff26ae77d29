import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { malformedListQuery, malformedPathSegment, notAnObjectBody, nulCharacterOrDepth } from "../../lib/http/malformed-input"

const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"])

/**
 * Runs before every route, Medusa's and Bazaar's: a path that does not
 * decode, a NUL character anywhere (PostgreSQL refuses it in text), values
 * nested absurdly deep, `limit` / `offset` / `order` / `fields` that Medusa's
 * query parsing would fail on, or a JSON body that is not an object answer
 * 400 before any route or workflow sees them.
 */
export function rejectMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem =
    malformedPathSegment(req.path) ??
    nulCharacterOrDepth(req.query, "query") ??
    malformedListQuery(req.query) ??
    (WITH_BODY.has(req.method) && req.is("application/json") && !isPlainObject(req.body) && req.body !== undefined
      ? notAnObjectBody(req.body)
      : null) ??
    nulCharacterOrDepth(req.body, "body")
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
