import { describeJsonValue, malformedListQuery, malformedPathSegment, notAnObjectBody, nulCharacterOrDepth } from "../malformed-input"

describe("malformed input checks", () => {
  it("finds path segments that are not percent-encoded UTF-8 or that hide a NUL", () => {
    expect(malformedPathSegment("/store/shops/chai-corner")).toBeNull()
    expect(malformedPathSegment("/store/shops/%E0%A4%AE%E0%A5%87")).toBeNull()
    expect(malformedPathSegment("/store/shops/%E0%A4%A")).toBe(
      'Path segment "%E0%A4%A" is not valid percent-encoding (expected UTF-8 bytes written as %XX)'
    )
    expect(malformedPathSegment("/store/shops/%")).toMatch(/^Path segment "%" is not valid/)
    expect(malformedPathSegment("/seller/shops/a%00b")).toBe(
      'Path segment "a%00b" contains a NUL character (U+0000), which no value may contain'
    )
  })

  it("finds a NUL in any key or string of a query or body, and names where", () => {
    expect(nulCharacterOrDepth({ q: "chai", tags: ["a", "b"], n: 1, none: null }, "query")).toBeNull()
    expect(nulCharacterOrDepth({ address: { city: "Pu\u0000ne" } }, "body")).toBe(
      "body.address.city contains a NUL character (U+0000), which no value may contain"
    )
    expect(nulCharacterOrDepth({ ids: ["a", "\u0000"] }, "query")).toMatch(/^query\.ids\[1\] contains a NUL/)
    expect(nulCharacterOrDepth({ ["k\u0000"]: 1 }, "body")).toBe("body has a key with a NUL character (U+0000)")
  })

  it("refuses values nested deeper than any route reads", () => {
    let nested: unknown = "x"
    for (let i = 0; i < 100; i++) nested = { n: nested }
    expect(nulCharacterOrDepth(nested, "body")).toMatch(/nests deeper than 64 levels$/)
  })

  it("says what a non-object body was", () => {
    expect(notAnObjectBody(null)).toBe("Expected the request body to be a JSON object, got null")
    expect(describeJsonValue([])).toBe("an empty array")
    expect(describeJsonValue([1])).toBe("an array")
    expect(describeJsonValue(42)).toBe("a number (42)")
    expect(describeJsonValue("hi")).toBe('a string ("hi")')
    expect(describeJsonValue(true)).toBe("a boolean (true)")
  })
})

describe("list parameters", () => {
  it("accepts what Medusa's routes and admin send", () => {
    expect(malformedListQuery({})).toBeNull()
    expect(malformedListQuery({ limit: "20", offset: "0", order: "-created_at,id", fields: "*items,+metadata,id,items.variant.*,-title" })).toBeNull()
    expect(malformedListQuery({ fields: "", order: "" })).toBeNull()
  })

  it("says what was expected and what came", () => {
    expect(malformedListQuery({ offset: "-5" })).toBe('Expected offset to be a non-negative integer, got "-5"')
    expect(malformedListQuery({ limit: ["1", "2"] })).toBe(
      "Expected limit to be a non-negative integer, got a list (2 values: the parameter was repeated or written with [])"
    )
    expect(malformedListQuery({ order: "--id" })).toMatch(/^Expected order to be field names .* got "--id"$/)
    expect(malformedListQuery({ order: { id: "asc" } })).toMatch(/got an object \(the parameter was written with \[key\]\)$/)
    expect(malformedListQuery({ fields: "..,," })).toMatch(/^Expected fields to be field names .* got "..,,"$/)
  })
})
