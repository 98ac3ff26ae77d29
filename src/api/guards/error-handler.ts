import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { inputErrorOf } from "../../lib/http/input-errors"

/**
 * Medusa's error handler, after turning errors that malformed input causes
 * deep inside (a JSON body that does not parse, a path that does not decode,
 * a value PostgreSQL refuses) into the 400 they are; every other error is
 * answered exactly as Medusa answers it.
 */
export function bazaarErrorHandler(): MedusaErrorHandlerFunction {
  const medusa = errorHandler()
  return (error, req, res, next) => medusa(inputErrorOf(error) ?? error, req, res, next)
}
