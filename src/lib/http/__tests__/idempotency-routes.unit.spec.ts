import { isUnderRoutePrefix, matchesRouteTemplate, routeTemplateOfFolder } from "../idempotency-routes"

describe("idempotency route templates", () => {
  it("matches a path to a route template as Express does", () => {
    expect(matchesRouteTemplate("/store/carts/cart_1/line-items", "/store/carts/:id/line-items")).toBe(true)
    expect(matchesRouteTemplate("/store/carts/cart_1/line-items/", "/store/carts/:id/line-items")).toBe(true)
    expect(matchesRouteTemplate("/Store/Carts", "/store/carts")).toBe(true)
    expect(matchesRouteTemplate("/store/carts/cart_1", "/store/carts")).toBe(false)
    expect(matchesRouteTemplate("/store/carts", "/store/carts/:id")).toBe(false)
  })

  it("tells whether a path is under a prefix whose :params stand for any segment", () => {
    expect(isUnderRoutePrefix("/store/payment-collections/pc_1/payment-sessions", "/store/payment-collections")).toBe(true)
    expect(isUnderRoutePrefix("/store/shops/chai/carts/cart_1/complete", "/store/shops/:handle/carts/:cart_id/complete")).toBe(true)
    expect(isUnderRoutePrefix("/store/shops/chai/carts/cart_1", "/store/shops/:handle/carts/:cart_id/complete")).toBe(false)
    expect(isUnderRoutePrefix("/store/payment-collectionsx", "/store/payment-collections")).toBe(false)
  })

  it("turns a route folder into its template", () => {
    expect(routeTemplateOfFolder("seller/shops/[id]/products/[product_id]")).toBe("/seller/shops/:id/products/:product_id")
    expect(routeTemplateOfFolder("auth\\[actor_type]\\phone-otp")).toBe("/auth/:actor_type/phone-otp")
  })
})
