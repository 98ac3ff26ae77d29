import { fieldsBeyond, EXPANDABLE, sellerAdminAccess } from "../admin-access"
import { sellerOfAdminActor, sellerUserEmail } from "../seller-user"

describe("sellerAdminAccess", () => {
  it("lets a seller list and open products and orders, with the record's id", () => {
    expect(sellerAdminAccess("GET", "/admin/products")).toEqual({ access: { kind: "list", section: "products" }, id: undefined })
    expect(sellerAdminAccess("get", "/admin/orders/order_01ABC/preview")).toMatchObject({ access: { kind: "own", entity: "order" }, id: "order_01ABC" })
    expect(sellerAdminAccess("DELETE", "/admin/products/prod_01ABC/")).toMatchObject({ access: { kind: "own", entity: "product" }, id: "prod_01ABC" })
  })

  it("refuses what is not listed, and never takes a route's own word for an id", () => {
    expect(sellerAdminAccess("GET", "/admin/customers")).toBeNull()
    expect(sellerAdminAccess("POST", "/admin/products")).toBeNull()
    expect(sellerAdminAccess("POST", "/admin/orders/order_01ABC")).toBeNull()
    expect(sellerAdminAccess("POST", "/admin/products/batch")).toBeNull()
    expect(sellerAdminAccess("GET", "/admin/products/prod_01ABC/variants/variant_01X")).toBeNull()
  })
})

describe("fieldsBeyond", () => {
  it("lets plain fields and the record's own parts through and names the entries that reach further", () => {
    expect(fieldsBeyond("id,title,*variants,+variants.prices.amount,-thumbnail", EXPANDABLE.products)).toEqual([])
    expect(fieldsBeyond("*customer,customer.email,*items", EXPANDABLE.orders)).toEqual([])
    expect(fieldsBeyond("*customer.orders, +shop.seller.phone,customer.addresses.*", EXPANDABLE.orders)).toEqual([
      "*customer.orders",
      "+shop.seller.phone",
      "customer.addresses.*",
    ])
  })
})

describe("sellerOfAdminActor", () => {
  it("is the seller of a user token that carries one, and nobody otherwise", () => {
    expect(sellerOfAdminActor({ actor_type: "user", app_metadata: { user_id: "user_1", seller_id: "sel_1" } })).toBe("sel_1")
    expect(sellerOfAdminActor({ actor_type: "user", app_metadata: { user_id: "user_1" } })).toBeNull()
    expect(sellerOfAdminActor({ actor_type: "seller", app_metadata: { seller_id: "sel_1" } })).toBeNull()
    expect(sellerOfAdminActor(undefined)).toBeNull()
    expect(sellerUserEmail("sel_01ABC")).toBe("sel_01abc@sellers.bazaar.invalid")
  })
})
