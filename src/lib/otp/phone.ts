import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Validates a phone number and returns it in E.164 (+31612345678). Numbers
 * without a leading + are read in `defaultRegion`.
 */
export function normalizePhone(input: unknown, defaultRegion: string): string {
  if (typeof input !== "string" || !input.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "phone is required")
  }
  const parsed = parsePhoneNumberFromString(
    input.trim(),
    defaultRegion as CountryCode
  )
  if (!parsed || !parsed.isValid()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `phone "${input}" is not a valid phone number (use international format, e.g. +31612345678, or a ${defaultRegion} number)`
    )
  }
  return parsed.number
}
