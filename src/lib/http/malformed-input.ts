/**
 * Checks that find input no route can use, before any route sees it. Each
 * returns a message saying what was expected and what came, or null.
 */

const NUL = "\u0000"
const MAX_DEPTH = 64

/** A path segment that is not valid percent-encoded UTF-8, or that decodes to a NUL character. */
export function malformedPathSegment(rawPath: string): string | null {
  for (const segment of rawPath.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return `Path segment "${preview(segment)}" is not valid percent-encoding (expected UTF-8 bytes written as %XX)`
    }
    if (decoded.includes(NUL)) {
      return `Path segment "${preview(segment)}" contains a NUL character (U+0000), which no value may contain`
    }
  }
  return null
}

/**
 * Where in a parsed query or JSON body a NUL character hides (in a key or a
 * string value), e.g. `body.address.city`, or that the value nests deeper
 * than any route reads.
 */
export function nulCharacterOrDepth(value: unknown, where: string, depth = 0): string | null {
  if (typeof value === "string") {
    return value.includes(NUL) ? `${where} contains a NUL character (U+0000), which no value may contain` : null
  }
  if (value === null || typeof value !== "object") return null
  if (depth > MAX_DEPTH) return `${where} nests deeper than ${MAX_DEPTH} levels`
  for (const [key, child] of Object.entries(value)) {
    const path = Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`
    if (key.includes(NUL)) return `${where} has a key with a NUL character (U+0000)`
    const found = nulCharacterOrDepth(child, path, depth + 1)
    if (found) return found
  }
  return null
}

/** What a JSON value is, in words, for "expected …, got …" messages. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return value.length ? "an array" : "an empty array"
  if (typeof value === "string") return `a string ("${preview(value)}")`
  if (typeof value === "number") return `a number (${value})`
  if (typeof value === "boolean") return `a boolean (${value})`
  return `a${typeof value === "object" ? "n" : ""} ${typeof value}`
}

/** The message for a JSON body that parsed but is not an object. */
export function notAnObjectBody(value: unknown): string {
  return `Expected the request body to be a JSON object, got ${describeJsonValue(value)}`
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const NAME = "[A-Za-z_][A-Za-z0-9_]*"
const ORDER_FIELD = new RegExp(`^-?${NAME}(\\.${NAME})*$`)
const SELECTED_FIELD = new RegExp(`^(\\*|[+\\-*]?${NAME}(\\.(${NAME}|\\*))*)$`)
const NON_NEGATIVE_INTEGER = /^\d{1,15}$/

/**
 * The list parameters Medusa reads on every route (`limit`, `offset`,
 * `order`, `fields`) in a shape its query parsing cannot turn into a 500:
 * Medusa 2.21 answers some malformed `fields`, `order` and filter keys with
 * 500 (fixed in 2.22.6).
 */
export function malformedListQuery(query: Record<string, unknown>): string | null {
  for (const key of ["limit", "offset"]) {
    const value = query[key]
    if (value !== undefined && !(typeof value === "string" && NON_NEGATIVE_INTEGER.test(value))) {
      return `Expected ${key} to be a non-negative integer, got ${describeQueryValue(value)}`
    }
  }
  const order = query.order
  if (order !== undefined && !(typeof order === "string" && (order === "" || order.split(",").every((f) => ORDER_FIELD.test(f))))) {
    return `Expected order to be field names separated by commas, each optionally prefixed with "-" for descending (e.g. "-created_at,id"), got ${describeQueryValue(order)}`
  }
  const fields = query.fields
  if (fields !== undefined && !(typeof fields === "string" && fields.split(",").every((f) => f === "" || SELECTED_FIELD.test(f)))) {
    return `Expected fields to be field names separated by commas, each optionally prefixed with "+", "-" or "*" (e.g. "+items.*"), got ${describeQueryValue(fields)}`
  }
  return null
}

/** A query value in words: repeated parameters and bracket syntax arrive as arrays and objects. */
export function describeQueryValue(value: unknown): string {
  if (typeof value === "string") return `"${preview(value)}"`
  if (Array.isArray(value)) {
    return `a list (${value.length} value${value.length === 1 ? "" : "s"}: the parameter was repeated or written with [])`
  }
  if (value && typeof value === "object") return `an object (the parameter was written with [key])`
  return String(value)
}
