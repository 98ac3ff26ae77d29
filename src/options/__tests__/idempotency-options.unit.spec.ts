import { resolveBazaarOptions } from "../resolve"
import { bazaarOptionsFromEnv } from "../from-env"

describe("idempotency options", () => {
  it("keeps answers 24 hours and requires the header nowhere by default", () => {
    expect(resolveBazaarOptions().idempotency).toEqual({ ttlHours: 24, requiredFor: [] })
  })

  it("takes a TTL and route prefixes, dropping trailing slashes", () => {
    expect(
      resolveBazaarOptions({ idempotency: { ttlHours: 0.5, requiredFor: ["/store/payment-collections/", "/store/shops/:handle/carts/:cart_id/complete"] } })
        .idempotency
    ).toEqual({ ttlHours: 0.5, requiredFor: ["/store/payment-collections", "/store/shops/:handle/carts/:cart_id/complete"] })
  })

  it("names the option and what came when it is invalid", () => {
    expect(() => resolveBazaarOptions({ idempotency: { ttlHours: 0 } })).toThrow(/idempotency\.ttlHours must be a positive number of hours \(got 0\)/)
    expect(() => resolveBazaarOptions({ idempotency: { ttlHours: Number("x") } })).toThrow(/idempotency\.ttlHours/)
    expect(() => resolveBazaarOptions({ idempotency: { requiredFor: ["store/carts"] } })).toThrow(
      /idempotency\.requiredFor\[0\] must be a path such as "\/store\/payment-collections" \(got "store\/carts"\)/
    )
    expect(() => resolveBazaarOptions({ idempotency: { requiredFor: "/store" as unknown as string[] } })).toThrow(/requiredFor must be a list/)
  })

  it("reads BAZAAR_IDEMPOTENCY_TTL_HOURS and BAZAAR_IDEMPOTENCY_REQUIRED_FOR in app mode", () => {
    expect(bazaarOptionsFromEnv({}).idempotency).toEqual({})
    expect(
      bazaarOptionsFromEnv({ BAZAAR_IDEMPOTENCY_TTL_HOURS: "48", BAZAAR_IDEMPOTENCY_REQUIRED_FOR: "/store/payment-collections, /seller/shops" }).idempotency
    ).toEqual({ ttlHours: 48, requiredFor: ["/store/payment-collections", "/seller/shops"] })
  })
})
