import { canonicalJson, requestFingerprint } from "../idempotency-fingerprint"

describe("request fingerprint", () => {
  it("writes JSON with sorted keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: "x" }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}'
    )
    expect(canonicalJson(undefined)).toBe("null")
  })

  it("is the same for the same request whatever the key order, different for another body, path or query", () => {
    const base = { path: "/seller/shops", query: {}, body: { name: "A", address: { city: "Pune", line: "1" } } }
    const same = requestFingerprint({ ...base, body: { address: { line: "1", city: "Pune" }, name: "A" } })
    expect(requestFingerprint(base)).toMatch(/^[0-9a-f]{64}$/)
    expect(requestFingerprint(base)).toBe(same)
    expect(requestFingerprint({ ...base, body: { ...base.body, name: "B" } })).not.toBe(same)
    expect(requestFingerprint({ ...base, path: "/seller/shops/x" })).not.toBe(same)
    expect(requestFingerprint({ ...base, query: { fields: "id" } })).not.toBe(same)
    // no body and an empty JSON object are the same request
    expect(requestFingerprint({ path: "/store/carts/c/complete", query: {}, body: undefined })).toBe(
      requestFingerprint({ path: "/store/carts/c/complete", query: {}, body: {} })
    )
  })

  it("counts an uploaded file's bytes", () => {
    const file = (bytes: string) => ({ fieldname: "image", originalname: "p.png", mimetype: "image/png", buffer: Buffer.from(bytes) })
    const request = { path: "/seller/shops/s/products", query: {}, body: { name: "Chai" } }
    expect(requestFingerprint({ ...request, files: [file("one")] })).toBe(requestFingerprint({ ...request, files: [file("one")] }))
    expect(requestFingerprint({ ...request, files: [file("one")] })).not.toBe(requestFingerprint({ ...request, files: [file("two")] }))
    expect(requestFingerprint({ ...request, files: [file("one")] })).not.toBe(requestFingerprint(request))
  })
})
