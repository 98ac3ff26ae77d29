import { baseHandle, firstFreeHandle, MAX_HANDLE_LENGTH, slugOf } from "../utils/handle"

describe("baseHandle", () => {
  it("transliterates to lower-case ASCII words joined by dashes", () => {
    expect(baseHandle("Chai & Samosa Corner")).toBe("chai-samosa-corner")
    expect(baseHandle("Café Zoë")).toBe("cafe-zoe")
    expect(baseHandle("मेरी दुकान")).toBe("merii-dukaan")
    expect(baseHandle("  --Fresh  Fruits!!-- ")).toBe("fresh-fruits")
    expect(baseHandle("Asha's Chai Corner")).toBe("ashas-chai-corner")
  })

  it("keeps handles short", () => {
    const handle = baseHandle("a very long shop name ".repeat(10))
    expect(handle.length).toBeLessThanOrEqual(MAX_HANDLE_LENGTH)
    expect(handle).not.toMatch(/-$/)
  })

  it("refuses names without letters or digits, and reserved words", () => {
    expect(() => baseHandle("!!!")).toThrow(/gives no usable link/)
    expect(() => baseHandle("Admin")).toThrow(/"admin" is a reserved word/)
    expect(() => baseHandle("Checkout")).toThrow(/reserved word/)
  })
})

describe("slugOf", () => {
  it("slugs like baseHandle, but reserved words pass and nothing usable is empty", () => {
    expect(slugOf("Checkout")).toBe("checkout")
    expect(slugOf("!!!")).toBe("")
  })
})

describe("firstFreeHandle", () => {
  it("suffixes the first free number", () => {
    expect(firstFreeHandle("chai", [])).toBe("chai")
    expect(firstFreeHandle("chai", ["chai"])).toBe("chai-2")
    expect(firstFreeHandle("chai", ["chai", "chai-2", "chai-4"])).toBe("chai-3")
  })

  it("stays within the length limit when suffixing", () => {
    const base = "x".repeat(MAX_HANDLE_LENGTH)
    const next = firstFreeHandle(base, [base])
    expect(next).toHaveLength(MAX_HANDLE_LENGTH)
    expect(next.endsWith("-2")).toBe(true)
  })
})
