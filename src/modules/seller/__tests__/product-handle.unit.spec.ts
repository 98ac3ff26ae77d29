import { firstFreeProductHandle, productBaseHandle, productHandleLockKey } from "../utils/product-handle"

describe("productBaseHandle", () => {
  it("puts the shop's handle before the product's name", () => {
    expect(productBaseHandle("ashas-chai-corner", "Masala Chai")).toBe("ashas-chai-corner-masala-chai")
    expect(productBaseHandle("spice-market", "मसाला चाय")).toBe("spice-market-msaalaa-caay")
  })

  it("takes names that would not do for a shop, and names without letters or digits", () => {
    expect(productBaseHandle("chai", "Checkout")).toBe("chai-checkout")
    expect(productBaseHandle("chai", "!!!")).toBe("chai-product")
  })
})

describe("firstFreeProductHandle", () => {
  it("suffixes the first free number and never shortens the handle", () => {
    const base = `${"s".repeat(48)}-${"p".repeat(48)}`
    expect(firstFreeProductHandle(base, [])).toBe(base)
    expect(firstFreeProductHandle(base, [base, `${base}-2`])).toBe(`${base}-3`)
  })
})

describe("productHandleLockKey", () => {
  it("is one lock for every base that can end in the same handle", () => {
    // "Tea" twice in shop "chai" → chai-tea-2, the base of "Tea 2" in shop "chai"
    expect(productHandleLockKey("chai-tea-2")).toBe(productHandleLockKey("chai-tea"))
    expect(productHandleLockKey("chai-2-3")).toBe(productHandleLockKey("chai"))
    expect(productHandleLockKey("chai-tea")).not.toBe(productHandleLockKey("chai-coffee"))
  })
})
