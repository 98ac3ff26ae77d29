import { parseIdempotencyKeyHeader, rawHeaderValues } from "../idempotency-key-header"

const keyOf = (...values: string[]) => parseIdempotencyKeyHeader(values)
const refusal = (...values: string[]) => {
  const parsed = keyOf(...values)
  if (parsed.kind !== "invalid") throw new Error(`expected a refusal, got ${JSON.stringify(parsed)}`)
  return parsed.message
}

describe("Idempotency-Key header", () => {
  it("takes an RFC 8941 sf-string and a bare token", () => {
    expect(keyOf('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toEqual({ kind: "key", key: "8e03978e-40d5-43e8-bc93-6894a57f9324" })
    expect(keyOf("8e03978e-40d5-43e8-bc93-6894a57f9324")).toEqual({ kind: "key", key: "8e03978e-40d5-43e8-bc93-6894a57f9324" })
    expect(keyOf('"a key with spaces"')).toEqual({ kind: "key", key: "a key with spaces" })
    expect(keyOf('"quote \\" and backslash \\\\"')).toEqual({ kind: "key", key: 'quote " and backslash \\' })
    expect(keyOf("  padded  ")).toEqual({ kind: "key", key: "padded" })
    expect(keyOf()).toEqual({ kind: "absent" })
  })

  it("takes 255 characters and refuses 256, saying how many came", () => {
    expect(keyOf("k".repeat(255))).toEqual({ kind: "key", key: "k".repeat(255) })
    expect(refusal("k".repeat(256))).toMatch(/1 to 255 characters.*got a key of 256 characters$/)
    expect(refusal(`"${"k".repeat(256)}"`)).toMatch(/got a key of 256 characters$/)
  })

  it("refuses empty keys, several keys and bad characters with what was expected and what came", () => {
    expect(refusal("")).toMatch(/as a quoted string .* or a bare token .*; got an empty value$/)
    expect(refusal('""')).toMatch(/got an empty key$/)
    expect(refusal("a", "b")).toMatch(/got 2 Idempotency-Key headers: send one$/)
    expect(refusal('"a", "b"')).toMatch(/got several values/)
    expect(refusal("a,b")).toMatch(/got several values/)
    expect(refusal("a b")).toMatch(/got a space at position 2$/)
    expect(refusal("ab\u0001")).toMatch(/got the control character U\+0001 at position 3$/)
    expect(refusal("clé")).toMatch(/got a character outside ASCII at position 3$/)
    expect(refusal('"abc')).toMatch(/got a quoted string without its closing quote$/)
    expect(refusal('"abc";v=1')).toMatch(/got text after the closing quote/)
    expect(refusal('"a\\b"')).toMatch(/got a backslash at position 3/)
    expect(refusal('"é"')).toMatch(/got a character outside ASCII at position 2$/)
  })

  it("never echoes the value it refuses", () => {
    expect(refusal("secret-value with-space")).not.toContain("secret-value")
  })

  it("finds every occurrence in rawHeaders, whatever the case of the name", () => {
    expect(rawHeaderValues(["Idempotency-Key", "a", "Host", "x", "idempotency-key", "b"], "Idempotency-Key")).toEqual(["a", "b"])
  })
})
