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
      `phone "${input}" is not a valid phone number: expected international format (e.g. +31612345678) or a number of ${regionName(defaultRegion)} without the +`
    )
  }
  return parsed.number
}

/** "India (IN)" for "IN"; the code alone where the runtime has no region names. */
function regionName(region: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "region" }).of(region.toUpperCase())
    return name && name !== region.toUpperCase() ? `${name} (${region.toUpperCase()})` : region
  } catch {
    return region
  }
}
