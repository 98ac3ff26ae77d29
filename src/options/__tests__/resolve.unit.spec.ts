import { resolveBazaarOptions } from "../resolve"
import { bazaarOptionsFromEnv } from "../from-env"

describe("resolveBazaarOptions", () => {
  it("fills the documented defaults", () => {
    const options = resolveBazaarOptions()
    expect(options.storefrontUrl).toBe("http://localhost:8000")
    expect(options.otp.codeTtlSeconds).toBe(300)
  })

  it("drops trailing slashes from the storefront URL", () => {
    expect(
      resolveBazaarOptions({ storefrontUrl: "https://shops.example.com//" })
        .storefrontUrl
    ).toBe("https://shops.example.com")
  })

  it("names the option when the storefront URL is not a URL", () => {
    expect(() => resolveBazaarOptions({ storefrontUrl: "shops" })).toThrow(
      /storefrontUrl must be an absolute http\(s\) URL \(got "shops"\)/
    )
  })

  it("refuses non-http storefront URLs", () => {
    expect(() =>
      resolveBazaarOptions({ storefrontUrl: "ftp://example.com" })
    ).toThrow(/storefrontUrl must use http or https/)
  })
})

describe("bazaarOptionsFromEnv", () => {
  it("reads BAZAAR_STOREFRONT_URL", () => {
    expect(
      bazaarOptionsFromEnv({ BAZAAR_STOREFRONT_URL: "https://s.example" }).storefrontUrl
    ).toBe("https://s.example")
  })

  it("leaves unset variables to the defaults", () => {
    const options = bazaarOptionsFromEnv({ NODE_ENV: "production" })
    expect(options.storefrontUrl).toBeUndefined()
    expect(options.otp).toEqual({})
  })
})
