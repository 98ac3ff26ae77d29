import { resolveBazaarOptions } from "../../options/resolve"
import { listCapabilities } from "../capabilities"

describe("listCapabilities", () => {
  it("lists every capability this build ships, bol.com included", () => {
    const capabilities = listCapabilities(resolveBazaarOptions({ bol: { allowCustomUrls: true } }))
    expect(capabilities.map(({ id }) => id)).toEqual(["sellers", "phone-otp", "bol", "api-reference", "idempotency", "catalog-cache", "card-payments", "invoices", "messages", "reconcile", "lightning-deals"])
    expect(capabilities.find(({ id }) => id === "bol")).toEqual({
      id: "bol",
      label: "bol.com connector",
      enabled: true,
      detail: "accounts may use other API URLs (simulator, demo)",
    })
  })

  it("says when bol.com accounts are held to bol.com's URLs", () => {
    const bol = listCapabilities(resolveBazaarOptions({ bol: { allowCustomUrls: false } })).find(({ id }) => id === "bol")
    expect(bol).toMatchObject({ enabled: true, detail: "bol.com's API URLs only" })
  })

  it("reports phone + OTP login as the options set it", () => {
    const off = listCapabilities(resolveBazaarOptions({ otp: { enabled: false } })).find(({ id }) => id === "phone-otp")
    expect(off).toEqual({ id: "phone-otp", label: "Phone + OTP login", enabled: false, detail: undefined })
  })

  it("says how long idempotent answers are kept and where the header is required", () => {
    const detail = (idempotency: object) =>
      listCapabilities(resolveBazaarOptions({ idempotency })).find(({ id }) => id === "idempotency")?.detail
    expect(detail({})).toBe("answers kept 24 h")
    expect(detail({ ttlHours: 2, requiredFor: ["/store/payment-collections"] })).toBe(
      "answers kept 2 h; required on /store/payment-collections"
    )
  })

  it("turns card payments on with Stripe's webhook secret and says when cards are captured", () => {
    const cards = (payments: object) => listCapabilities(resolveBazaarOptions({ payments })).find(({ id }) => id === "card-payments")
    expect(cards({})).toMatchObject({ enabled: false, detail: "captured on the seller's accept; pay on delivery always offered" })
    expect(cards({ captureOn: "ship", stripe: { apiKey: "sk_test_x", webhookSecret: "whsec_x" } })).toMatchObject({
      enabled: true,
      detail: "captured on shipping; pay on delivery always offered",
    })
  })
})
