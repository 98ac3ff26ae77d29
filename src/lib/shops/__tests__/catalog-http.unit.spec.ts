import { ifNoneMatchHits, strongEtagOf } from "../catalog-http"

describe("strongEtagOf", () => {
  it("gives the same strong tag for the same bytes and another for other bytes", () => {
    const tag = strongEtagOf('{"a":1}')
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(strongEtagOf('{"a":1}')).toBe(tag)
    expect(strongEtagOf('{"a":2}')).not.toBe(tag)
  })
})

describe("ifNoneMatchHits", () => {
  const etag = '"abc"'

  it("matches the tag alone, in a list, weakly and as *", () => {
    expect(ifNoneMatchHits('"abc"', etag)).toBe(true)
    expect(ifNoneMatchHits('"x", "abc"', etag)).toBe(true)
    expect(ifNoneMatchHits('W/"abc"', etag)).toBe(true)
    expect(ifNoneMatchHits(" * ", etag)).toBe(true)
    expect(ifNoneMatchHits(['"x"', '"abc"'], etag)).toBe(true)
  })

  it("does not match another tag, an unquoted value or no header", () => {
    expect(ifNoneMatchHits('"abcd"', etag)).toBe(false)
    expect(ifNoneMatchHits("abc", etag)).toBe(false)
    expect(ifNoneMatchHits("", etag)).toBe(false)
    expect(ifNoneMatchHits(undefined, etag)).toBe(false)
  })
})
