import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { domainErrorAnswer } from "../../lib/http/domain-errors"
import { inputErrorOf } from "../../lib/http/input-errors"

/**
 * Medusa's error handler, after turning errors that malformed input causes
 * deep inside (a JSON body that does not parse, a path that does not decode,
 * a value PostgreSQL refuses) into the 400 they are, and answering Bazaar's
 * domain errors (a conflict: 409 with its message); every other error is
 * answered exactly as Medusa answers it.
 */
export function bazaarErrorHandler(): MedusaErrorHandlerFunction {
  const medusa = errorHandler()
  return (error, req, res, next) => {
    const domain = domainErrorAnswer(error)
    if (domain) {
      res.status(domain.status).json(domain.body)
      return
    }
    return medusa(inputErrorOf(error) ?? error, req, res, next)
  }
}
