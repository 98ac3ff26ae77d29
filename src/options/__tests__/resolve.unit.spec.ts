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

  it("limits product images to 5 MiB unless told otherwise, and refuses a limit that is not a positive whole number", () => {
    expect(resolveBazaarOptions().maxImageBytes).toBe(5 * 1024 * 1024)
    expect(resolveBazaarOptions({ maxImageBytes: 1000 }).maxImageBytes).toBe(1000)
    expect(() => resolveBazaarOptions({ maxImageBytes: 0 })).toThrow(/maxImageBytes must be a positive whole number \(got 0\)/)
    expect(() => resolveBazaarOptions({ maxImageBytes: Number("5MB") })).toThrow(/maxImageBytes/)
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

  it("reads the bol.com variables", () => {
    expect(bazaarOptionsFromEnv({ BAZAAR_BOL_ALLOW_CUSTOM_URLS: "false" }).bol).toEqual({ allowCustomUrls: false, sync: {} })
    expect(
      bazaarOptionsFromEnv({
        BAZAAR_BOL_ENCRYPTION_KEY: "k",
        BAZAAR_BOL_REDIS_URL: "redis://bol",
        BAZAAR_BOL_RATE_LIMIT_SCALE: "100",
        BAZAAR_BOL_SYNC_STALE_MINUTES: "5",
      }).bol
    ).toEqual({ encryptionKey: "k", sync: { redisUrl: "redis://bol", rateLimitScale: 100, staleAfterMinutes: 5 } })
  })

  it("reads BAZAAR_MAX_IMAGE_BYTES", () => {
    expect(bazaarOptionsFromEnv({ BAZAAR_MAX_IMAGE_BYTES: "2048" }).maxImageBytes).toBe(2048)
  })

  it("leaves unset variables to the defaults", () => {
    const options = bazaarOptionsFromEnv({ NODE_ENV: "production" })
    expect(options.storefrontUrl).toBeUndefined()
    expect(options.otp).toEqual({})
  })
})
