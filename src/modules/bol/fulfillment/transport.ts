import { MedusaError } from "@medusajs/framework/utils"
import type { BolTransport } from "./ship-bol-order"

/**
 * The transport handed to the provider in `additional_data.bol_transport`.
 * Routes validate it first; this guards direct workflow callers. bol itself
 * checks the transporter code against its list.
 */
export function readTransport(value: unknown): BolTransport | undefined {
  if (value === undefined || value === null) {
    return undefined
  }
  const transport = value as Record<string, unknown>
  const code = transport.transporter_code
  const trackAndTrace = transport.track_and_trace
  if (typeof code !== "string" || code.trim() === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "bol_transport.transporter_code is required (for example TNT, DHL, DPD_NL)")
  }
  if (trackAndTrace !== undefined && (typeof trackAndTrace !== "string" || trackAndTrace.trim() === "")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "bol_transport.track_and_trace must be a non-empty string")
  }
  return { transporter_code: code.trim(), ...(trackAndTrace ? { track_and_trace: (trackAndTrace as string).trim() } : {}) }
}
