import { openApiPathOf, pathMatcher, pathParameterNames, routePathOfFolder } from "../paths"

describe("OpenAPI paths", () => {
  it("turns route folders and Express paths into OpenAPI paths", () => {
    expect(routePathOfFolder(["seller", "shops", "[id]", "orders", "[order_id]"])).toBe("/seller/shops/:id/orders/:order_id")
    expect(routePathOfFolder(["docs", "openapi.json"])).toBe("/docs/openapi.json")
    expect(openApiPathOf("/seller/shops/:id/orders/:order_id")).toBe("/seller/shops/{id}/orders/{order_id}")
    expect(pathParameterNames("/seller/shops/{id}/orders/{order_id}")).toEqual(["id", "order_id"])
  })

  it("matches request paths to templates, literal segments before parameters", () => {
    const match = pathMatcher(["/admin/sellers/{id}/{action}", "/admin/orders/{id}/shop", "/docs", "/docs/openapi.json", "/auth/{actor_type}/phone-otp"])
    expect(match("/admin/orders/order_1/shop")).toBe("/admin/orders/{id}/shop")
    expect(match("/admin/sellers/sel_1/approve")).toBe("/admin/sellers/{id}/{action}")
    expect(match("/docs/")).toBe("/docs")
    expect(match("/docs/openapi.json")).toBe("/docs/openapi.json")
    expect(match("/docs/openapiXjson")).toBeNull()
    expect(match("/auth/customer/emailpass")).toBeNull()
    expect(match("/admin/orders/order_1")).toBeNull()
  })
})
