import { boundaryMessage, productsAcrossBoundary, type BoundaryProduct } from "../shop-boundary"

const SHOP_A = { id: "shop_a", name: "Asha's Chai" }
const chai: BoundaryProduct = { id: "prod_chai", title: "Masala Chai", shop_id: "shop_a" }
const samosa: BoundaryProduct = { id: "prod_samosa", title: "Samosa", shop_id: "shop_b" }
const giftCard: BoundaryProduct = { id: "prod_gift", title: "Gift card", shop_id: null }

describe("the shop boundary of a cart", () => {
  it("lets a shop's cart hold only that shop's products", () => {
    expect(productsAcrossBoundary(SHOP_A, [chai, samosa, giftCard])).toEqual([samosa, giftCard])
    expect(productsAcrossBoundary(SHOP_A, [chai])).toEqual([])
  })

  it("keeps every shop's products out of a cart outside the shops", () => {
    expect(productsAcrossBoundary(null, [chai, samosa, giftCard])).toEqual([chai, samosa])
  })

  it("names the product that crosses it", () => {
    expect(boundaryMessage(SHOP_A, samosa)).toBe(
      `Product "Samosa" (prod_samosa) is sold by another shop; a cart of shop "Asha's Chai" takes only that shop's products`
    )
    expect(boundaryMessage(SHOP_A, giftCard)).toContain("is not sold by any shop")
    expect(boundaryMessage(null, chai)).toMatch(/^Product "Masala Chai" \(prod_chai\) is sold by a Bazaar shop/)
  })
})
