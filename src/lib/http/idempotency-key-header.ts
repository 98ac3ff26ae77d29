/**
 * Parsing of the `Idempotency-Key` request header
 * (draft-ietf-httpapi-idempotency-key-header: an RFC 8941 Item whose value is
 * an sf-string). A bare token, as Stripe's clients send it, is accepted too.
 */

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255

export type IdempotencyKeyHeader =
  | { kind: "absent" }
  | { kind: "key"; key: string }
  | { kind: "invalid"; message: string }

const EXPECTED = `Idempotency-Key must be one key of 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, as a quoted string ("8e03978e-40d5-43e8-bc93-6894a57f9324") or a bare token (8e03978e-40d5-43e8-bc93-6894a57f9324)`

function invalid(got: string): IdempotencyKeyHeader {
  return { kind: "invalid", message: `${EXPECTED}; got ${got}` }
}

function describeCharacter(code: number): string {
  return code < 0x20 || code === 0x7f ? `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}` : code > 0x7e ? "a character outside ASCII" : `"${String.fromCharCode(code)}"`
}

/** Unquotes an RFC 8941 sf-string; null with the reason when it is not one. */
function sfString(value: string): { key: string } | { problem: string } {
  let key = ""
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const char = value[i]
    if (char === "\\") {
      const next = value[i + 1]
      if (next !== '"' && next !== "\\") return { problem: `a backslash at position ${i + 1} that escapes neither '"' nor '\\'` }
      key += next
      i++
      continue
    }
    if (char === '"') {
      const rest = value.slice(i + 1).trim()
      if (rest.startsWith(",")) return { problem: "several values (a list): send one key" }
      if (rest) return { problem: `text after the closing quote (parameters are not supported)` }
      return { key }
    }
    if (code < 0x20 || code > 0x7e) return { problem: `${describeCharacter(code)} at position ${i + 1}` }
    key += char
  }
  return { problem: "a quoted string without its closing quote" }
}

// visible ASCII but the separators that would make it a list, a parameter or a string
const TOKEN_EXCLUDED = new Set([",", ";", '"', "\\"])

function bareToken(value: string): { key: string } | { problem: string } {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const char = value[i]
    if (char === ",") return { problem: "several values (a comma-separated list): send one key" }
    if (code <= 0x20 || code > 0x7e || TOKEN_EXCLUDED.has(char)) {
      return { problem: `${code === 0x20 ? "a space" : describeCharacter(code)} at position ${i + 1}` }
    }
  }
  return { key: value }
}

/**
 * Reads the header from its raw occurrences (`rawHeaders` pairs of the
 * request): absent, one valid key, or why it is refused (without echoing the
 * value, which is the client's secret).
 */
export function parseIdempotencyKeyHeader(values: string[]): IdempotencyKeyHeader {
  if (values.length === 0) return { kind: "absent" }
  if (values.length > 1) return invalid(`${values.length} Idempotency-Key headers: send one`)
  const value = values[0].trim()
  if (!value) return invalid("an empty value")
  const parsed = value.startsWith('"') ? sfString(value) : bareToken(value)
  if ("problem" in parsed) return invalid(parsed.problem)
  if (!parsed.key) return invalid("an empty key")
  if (parsed.key.length > MAX_IDEMPOTENCY_KEY_LENGTH) return invalid(`a key of ${parsed.key.length} characters`)
  return { kind: "key", key: parsed.key }
}

/** Every occurrence of a header in Node's `rawHeaders` ([name, value, name, value, …]). */
export function rawHeaderValues(rawHeaders: string[], name: string): string[] {
  const wanted = name.toLowerCase()
  const values: string[] = []
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === wanted) values.push(rawHeaders[i + 1])
  }
  return values
}
