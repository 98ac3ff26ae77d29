import { MedusaError } from "@medusajs/framework/utils"
import { notAnObjectBody } from "./malformed-input"

// PostgreSQL's "data exception" class (22xxx: values out of range, invalid
// text for a type, NUL bytes, …) and "program limit exceeded" (54000: e.g. a
// value too long for an index): both are caused by a value the request sent.
const INPUT_SQLSTATE = /^(22[0-9A-Z]{3}|54000)$/

/**
 * The 400 an error caused by malformed input should have been, or null for
 * any other error: a JSON body that does not parse (or parses to something
 * other than an object), a path that does not decode, an order or filter
 * by a field the entity does not have (MikroORM's check, which Medusa 2.21
 * lets through as a 500), a value PostgreSQL refuses.
 */
export function inputErrorOf(error: any): MedusaError | null {
  if (!error || typeof error !== "object") return null
  if (error.type === "entity.parse.failed") {
    const parsed = parseJson(error.body)
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      parsed.ok ? notAnObjectBody(parsed.value) : `The request body is not valid JSON: ${error.message}`
    )
  }
  if (error instanceof URIError || /^Failed to decode param/.test(String(error.message))) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A path parameter is not valid percent-encoding (expected UTF-8 bytes written as %XX)"
    )
  }
  const unknownField = /^Trying to (order|query) by not existing property (\w+)\.(.*)$/.exec(String(error.message))
  if (unknownField) {
    const [, use, entity, field] = unknownField
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cannot ${use === "order" ? "order" : "filter"} by "${field}": ${entity} has no such field`
    )
  }
  if (typeof error.code === "string" && INPUT_SQLSTATE.test(error.code)) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `A value of the request cannot be used: ${firstLine(error.message)}`)
  }
  return null
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== "string") return { ok: false }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

// MikroORM prefixes the SQL statement; the database's own reason is the part a caller can act on.
function firstLine(message: unknown): string {
  const text = String(message ?? "")
  const reason = text.split(" - ").pop() ?? text
  return reason.split("\n")[0].slice(0, 300)
}
