import { describeJsonValue, describeQueryValue } from "./malformed-input"

/** A validation issue as zod 4 reports it (the fields these messages use). */
export type ValidationIssue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  values?: unknown[]
  keys?: string[]
  minimum?: number | bigint
  maximum?: number | bigint
  inclusive?: boolean
  origin?: string
  format?: string
}

export type InputPart = "body" | "query"

/**
 * One message for a refused body or query: per field, what was expected and
 * what came ("quantity: expected a number, got a string ("two")"), the first
 * problem of each field only, joined with "; ".
 */
export function explainIssues(issues: ValidationIssue[], input: unknown, part: InputPart): string {
  const byField = new Map<string, ValidationIssue>()
  for (const issue of issues) {
    const field = issue.path.map(String).join(".")
    const known = byField.get(field)
    if (!known || tighter(issue, known)) byField.set(field, issue)
  }
  const parts = [...byField].map(([field, issue]) => explainIssue(issue, field, valueAt(input, issue.path), part))
  return `Invalid ${part === "body" ? "request body" : "query"}: ${parts.join("; ")}`
}

// `.int().max(100)` reports both 100 and the largest safe integer: name only the bound that matters
function tighter(issue: ValidationIssue, known: ValidationIssue): boolean {
  if (issue.code !== known.code) return false
  if (issue.code === "too_big") return Number(issue.maximum) < Number(known.maximum)
  if (issue.code === "too_small") return Number(issue.minimum) > Number(known.minimum)
  return false
}

// zod's own messages start like this; any other message was written for the field by a validator
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (big|small)|Unrecognized key|Expected)/

// fields whose values are secrets: a refusal says what kind of value came, never the value
const SECRET_FIELD = /^(password|secret|client_secret|code|otp|token|access_token|refresh_token|api_key)$/i

function explainIssue(issue: ValidationIssue, field: string, value: unknown, part: InputPart): string {
  const name = field || `the ${part}`
  const secret = SECRET_FIELD.test(String(issue.path[issue.path.length - 1] ?? ""))
  const got = `got ${value === undefined ? "nothing" : secret ? describeSecret(value) : describe(value, part)}`
  const missing = value === undefined && issue.code === "invalid_type"
  if (!missing && issue.code !== "unrecognized_keys" && !ZOD_DEFAULT_MESSAGE.test(issue.message)) {
    const leaf = String(issue.path[issue.path.length - 1] ?? "")
    const message = leaf && issue.message.includes(leaf) ? issue.message : `${name}: ${issue.message}`
    return value === undefined ? message : `${message}, ${got}`
  }
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `${name} is required (expected ${article(issue.expected)})`
        : `${name}: expected ${article(issue.expected)}, ${got}`
    case "invalid_value":
      return `${name}: expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}, ${got}`
    case "unrecognized_keys":
      return `${field ? `${field} has` : `the ${part} has`} fields it does not take: ${(issue.keys ?? []).join(", ")}`
    case "too_big":
      return `${name}: expected ${bound("at most", "less than", issue.maximum, issue)}, ${got}`
    case "too_small":
      return `${name}: expected ${bound("at least", "more than", issue.minimum, issue)}, ${got}`
    case "invalid_format":
      return `${name}: expected ${formatName(issue.format)}, ${got}`
    default:
      return `${name}: ${issue.message}, ${got}`
  }
}

function bound(inclusiveWord: string, exclusiveWord: string, limit: unknown, issue: ValidationIssue): string {
  const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""
  return `${issue.inclusive === false ? exclusiveWord : inclusiveWord} ${String(limit)}${unit}`
}

function formatName(format: string | undefined): string {
  if (format === "email") return "an email address"
  if (format === "url") return "a URL"
  return `a value in ${format ?? "the expected"} format`
}

function article(type: string | undefined): string {
  if (!type) return "a value"
  if (type === "array") return "a list"
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

function describeSecret(value: unknown): string {
  if (typeof value === "string") return `a string of ${value.length} characters`
  if (typeof value === "number" || typeof value === "boolean") return `a ${typeof value}`
  return describeJsonValue(value) // null, a list, an object: no value in those words
}

function describe(value: unknown, part: InputPart): string {
  return part === "query" ? describeQueryValue(value) : describeJsonValue(value)
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value: unknown = input
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
