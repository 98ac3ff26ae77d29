import { MedusaError } from "@medusajs/framework/utils"

/** An issued invoice or credit note is a legal document: it is never changed or removed. */
export function immutableDocument(what: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `An issued ${what} cannot be changed or deleted; issue a credit note to correct it`
  )
}
